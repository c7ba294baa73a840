package se.knutpunkt.domain.misuse;

/** How sure the flagging agency is: misstänkt (suspected) or konstaterad (established). */
public enum Confidence {
  MISSTANKT,
  KONSTATERAD
}
