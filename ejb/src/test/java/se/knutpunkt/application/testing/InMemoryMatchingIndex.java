package se.knutpunkt.application.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.knutpunkt.application.misuse.MatchingIndex;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.security.matching.MatchKey;

/** The matching index in a map, for tests of the services without a database. */
public final class InMemoryMatchingIndex implements MatchingIndex {

  private final Map<MatchKey, Map<CaseId, Integer>> holders = new LinkedHashMap<>();

  @Override
  public void hold(MatchKey key, CaseId caseId) {
    holders.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(caseId, 1, Integer::sum);
  }

  @Override
  public void release(MatchKey key, CaseId caseId) {
    Map<CaseId, Integer> cases = holders.get(key);
    if (cases != null) {
      cases.computeIfPresent(caseId, (id, n) -> n > 1 ? n - 1 : null);
    }
  }

  @Override
  public List<CaseId> casesHolding(MatchKey key) {
    return new ArrayList<>(holders.getOrDefault(key, Map.of()).keySet());
  }

  public int size() {
    return holders.values().stream().mapToInt(Map::size).sum();
  }
}
