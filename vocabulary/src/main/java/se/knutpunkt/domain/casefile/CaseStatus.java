package se.knutpunkt.domain.casefile;

/** Where a case stands (ärendestatus). */
public enum CaseStatus {
  NY,
  UTREDS,
  VILANDE,
  AVSLUTAD;
}
