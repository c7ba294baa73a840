package se.knutpunkt.domain.casefile;

/**
 * Whether an identifier is in use; a samordningsnummer becomes vilande after five years without
 * renewal (seed 004).
 */
public enum IdentifierStatus {
  AKTIV,
  VILANDE;
}
