package se.knutpunkt.domain.misuse;

/**
 * What examining an identity document found (DOMAIN.md): äkta, förfalskad, ej tillhörig innehavaren
 * (look-alike), osäker.
 */
public enum ExaminationResult {
  AKTA,
  FORFALSKAD,
  EJ_TILLHORIG_INNEHAVAREN,
  OSAKER
}
