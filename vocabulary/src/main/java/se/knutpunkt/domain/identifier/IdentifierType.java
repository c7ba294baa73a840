package se.knutpunkt.domain.identifier;

/** The Swedish national identifiers Knutpunkt understands. */
public enum IdentifierType {
  PERSONNUMMER,
  /** as a personnummer with the day + 60; given to people not registered in Sweden */
  SAMORDNINGSNUMMER,
  ORGANISATIONSNUMMER
}
