package se.knutpunkt.domain.casefile;

/** A person's part in a case: whose identity was used, who is suspected, who was contacted. */
public enum PersonRole {
  UTNYTTJAD,
  MISSTANKT,
  KONTAKTPERSON,
  ANNAN;
}
