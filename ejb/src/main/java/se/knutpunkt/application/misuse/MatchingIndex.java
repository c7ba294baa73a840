package se.knutpunkt.application.misuse;

import java.util.List;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.security.matching.MatchKey;

/**
 * Which cases hold an identifier, by its match key: one indexed lookup per flag, no pairwise
 * correlation (MISP's correlation table grew to 150 M rows). Kept in the transaction of the write
 * that adds or removes an identifier, so it never disagrees with the cases.
 */
public interface MatchingIndex {

  /** One more item of the case holds the identifier. */
  void hold(MatchKey key, CaseId caseId);

  /** One item fewer of the case holds the identifier. */
  void release(MatchKey key, CaseId caseId);

  /** The cases that hold the identifier. */
  List<CaseId> casesHolding(MatchKey key);
}
