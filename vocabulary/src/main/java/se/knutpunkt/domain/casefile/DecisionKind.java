package se.knutpunkt.domain.casefile;

/** Decisions and actions an agency takes in a case (seed 003: revocation; seed 000 §4.2.5). */
public enum DecisionKind {
  ATERKALLELSE,
  POLISANMALAN,
  UNDERRATTELSE,
  ANDRING_FOLKBOKFORING,
  AVREGISTRERING,
  SPARR,
  ANNAN;
}
