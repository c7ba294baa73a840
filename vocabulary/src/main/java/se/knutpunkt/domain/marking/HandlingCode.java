package se.knutpunkt.domain.marking;

/** Handling codes after Europol practice: what a receiver may do with a value. */
public enum HandlingCode {
  /** only for crime prevention */
  H0,
  /** not as evidence in court without the owner's consent */
  H1,
  /** no onward sharing without consent */
  H2,
  /** other restrictions, described in the legal reference */
  H3;

  public static HandlingCode parse(String text) {
    try {
      return valueOf(text.trim());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("not a handling code: '" + text + "' (H0, H1, H2 or H3)");
    }
  }
}
