package se.knutpunkt.security.policy;

import java.util.Objects;

/** The answer of the policy decision point: permit or deny, and why. */
public record Decision(Action action, Reason reason) {

  public Decision {
    Objects.requireNonNull(action);
    Objects.requireNonNull(reason);
  }

  public boolean permitted() {
    return reason.permits();
  }

  public boolean denied() {
    return !permitted();
  }

  @Override
  public String toString() {
    return (permitted() ? "PERMIT " : "DENY ") + action + ": " + reason;
  }
}
