package se.knutpunkt.application;

import jakarta.ejb.ApplicationException;
import java.util.Optional;

/**
 * A write based on an older version than the current one: nothing is overwritten. Carries the
 * current version, and the current value only if the writer may see it (made by the gate, which
 * recorded the refusal apart).
 */
@ApplicationException(rollback = true)
public class StaleVersionException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final long currentVersion;
  private final String currentValue;

  public StaleVersionException(long currentVersion, Optional<String> currentValue) {
    super("the field is at version " + currentVersion);
    this.currentVersion = currentVersion;
    this.currentValue = currentValue.orElse(null);
  }

  public long currentVersion() {
    return currentVersion;
  }

  public Optional<String> currentValue() {
    return Optional.ofNullable(currentValue);
  }
}
