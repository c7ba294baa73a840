package se.knutpunkt.domain.casefile;

/**
 * How well the identity behind a samordningsnummer is established (seed 004): styrkt, sannolik,
 * osäker.
 */
public enum IdentityLevel {
  STYRKT,
  SANNOLIK,
  OSAKER;
}
