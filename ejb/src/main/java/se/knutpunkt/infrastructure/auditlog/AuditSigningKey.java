package se.knutpunkt.infrastructure.auditlog;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.knutpunkt.application.audit.LogVerifierKey;
import se.knutpunkt.security.auditlog.checkpoint.KeyName;
import se.knutpunkt.security.auditlog.checkpoint.SignerKey;
import se.knutpunkt.security.auditlog.checkpoint.SignerKeyFile;
import se.knutpunkt.security.auditlog.checkpoint.VerifierKey;

/**
 * The log's Ed25519 signing key, made on first start in a file readable by the server's user only,
 * outside the database: whoever can change audit rows must not be able to sign over them. The file
 * is {@code knutpunkt.audit.signing-key-file}, by default {@code audit-signing.key} in the secrets
 * directory; the key's name, {@code knutpunkt.audit.origin}, is the log's origin for life.
 */
@ApplicationScoped
public class AuditSigningKey implements LogVerifierKey {

  static final String DEFAULT_FILE_NAME = "audit-signing.key";

  @Inject
  @ConfigProperty(name = "knutpunkt.secrets.dir")
  String secretsDir;

  @Inject
  @ConfigProperty(name = "knutpunkt.audit.signing-key-file")
  Optional<String> keyFile;

  @Inject
  @ConfigProperty(name = "knutpunkt.audit.origin", defaultValue = "knutpunkt.local/audit")
  String origin;

  private SignerKey key;

  @PostConstruct
  void load() {
    Path file = keyFile.map(Path::of).orElse(Path.of(secretsDir).resolve(DEFAULT_FILE_NAME));
    key = SignerKeyFile.loadOrCreate(file, KeyName.of(origin), new SecureRandom());
  }

  public SignerKey signerKey() {
    return key;
  }

  /** What {@code GET /audit/public-key} serves and verifiers pin. */
  @Override
  public VerifierKey verifierKey() {
    return key.verifierKey();
  }
}
