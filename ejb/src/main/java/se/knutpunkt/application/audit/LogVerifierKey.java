package se.knutpunkt.application.audit;

import se.knutpunkt.security.auditlog.checkpoint.VerifierKey;

/** The public half of the log's signing key, which checkpoints are checked against. */
public interface LogVerifierKey {

  VerifierKey verifierKey();
}
