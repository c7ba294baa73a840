package se.knutpunkt.application;

import jakarta.ejb.ApplicationException;
import se.knutpunkt.security.policy.Decision;

/** The policy decision point said no. Does not roll back: the denial's audit entry must stay. */
@ApplicationException(rollback = false)
public class AccessDeniedException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final transient Decision decision;

  public AccessDeniedException(Decision decision) {
    super(decision.reason().description());
    this.decision = decision;
  }

  public Decision decision() {
    return decision;
  }
}
