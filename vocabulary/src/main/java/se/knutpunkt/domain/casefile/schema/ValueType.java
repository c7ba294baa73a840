package se.knutpunkt.domain.casefile.schema;

/**
 * What kind of value an attribute holds, which decides how its text is checked and stored. Every
 * value is stored as text; the type says which texts are values of it.
 */
public enum ValueType {
  /** One line of text, at most {@link #SHORT_TEXT_LENGTH} characters. */
  TEXT,
  /** Text of several lines, at most {@link #LONG_TEXT_LENGTH} characters. */
  LONG_TEXT,
  /** One of the attribute's choices, by its code. */
  CHOICE,
  /** A calendar date, {@code YYYY-MM-DD}. */
  DATE,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** An agency code (PMY, MIG ...). */
  AGENCY,
  /** The username of a member of the case; only the case can tell, so the service checks it. */
  MEMBER,
  /** A personnummer, samordningsnummer or organisationsnummer, stored normalised. */
  IDENTIFIER,
  /** An ISO 3166-1 alpha-3 country code. */
  COUNTRY,
  /** The number of an identity document: letters and digits, stored without spaces, upper case. */
  DOCUMENT_NUMBER;

  public static final int SHORT_TEXT_LENGTH = 200;
  public static final int LONG_TEXT_LENGTH = 16_000;
}
