package se.knutpunkt.application;

import jakarta.ejb.ApplicationException;
import se.knutpunkt.security.policy.Decision;

/**
 * The policy decision point said no. Rolls back everything the refused request did; the denial's
 * audit entry was recorded apart and stays.
 */
@ApplicationException(rollback = true)
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
