package se.knutpunkt.domain.marking;

import java.util.Locale;

/**
 * How confidential a value is, and how far a user is cleared. The order is the order of
 * declaration: OPEN &lt; INTERNAL &lt; CONFIDENTIAL &lt; STRICT.
 */
public enum ClassificationLevel {
  /** offentlig */
  OPEN,
  /** intern, ej för spridning */
  INTERNAL,
  /** sekretess, with an OSL reference */
  CONFIDENTIAL,
  /** kvalificerad sekretess, skyddade personuppgifter */
  STRICT;

  /** Secrecy always has its provision: a value marked so carries a legal reference. */
  public boolean requiresLegalReference() {
    return compareTo(CONFIDENTIAL) >= 0;
  }

  /** Whether a user cleared to this level may see a value marked {@code level}. */
  public boolean covers(ClassificationLevel level) {
    return compareTo(level) >= 0;
  }

  public static ClassificationLevel parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "not a level: '" + text + "' (OPEN, INTERNAL, CONFIDENTIAL or STRICT)");
    }
  }
}
