package se.knutpunkt.domain.casefile;

/** Kinds of identity document (DOMAIN.md). */
public enum DocumentType {
  PASS,
  NATIONELLT_ID_KORT,
  UPPEHALLSTILLSTANDSKORT,
  LMA_KORT,
  KORKORT,
  ANNAN;
}
