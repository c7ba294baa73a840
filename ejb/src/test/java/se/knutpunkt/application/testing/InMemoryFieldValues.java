package se.knutpunkt.application.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.casefile.FieldValue;
import se.knutpunkt.domain.casefile.FieldValueRepository;

/** Field versions kept in a list, for tests of the services without a database. */
public final class InMemoryFieldValues implements FieldValueRepository {

  private final List<FieldValue> versions = new ArrayList<>();

  @Override
  public void append(FieldValue value) {
    versions.add(value);
  }

  @Override
  public List<FieldValue> currentValues(CaseId caseId) {
    Map<FieldPath, FieldValue> newest = new LinkedHashMap<>();
    for (FieldValue v : versions) {
      if (v.caseId().equals(caseId)) {
        newest.merge(v.path(), v, (a, b) -> a.version() >= b.version() ? a : b);
      }
    }
    List<FieldValue> current = new ArrayList<>(newest.values());
    current.sort(Comparator.comparing(FieldValue::path));
    return current;
  }

  @Override
  public List<FieldValue> currentValues(CaseId caseId, Collection<FieldPath> paths) {
    return currentValues(caseId).stream().filter(v -> paths.contains(v.path())).toList();
  }

  @Override
  public Map<CaseId, FieldValue> currentValues(Collection<CaseId> caseIds, FieldPath path) {
    Map<CaseId, FieldValue> result = new LinkedHashMap<>();
    for (CaseId id : caseIds) {
      currentValue(id, path).ifPresent(v -> result.put(id, v));
    }
    return result;
  }

  @Override
  public Optional<FieldValue> currentValue(CaseId caseId, FieldPath path) {
    return history(caseId, path).stream().reduce((older, newer) -> newer);
  }

  @Override
  public List<FieldValue> history(CaseId caseId, FieldPath path) {
    return versions.stream()
        .filter(v -> v.caseId().equals(caseId) && v.path().equals(path))
        .sorted(Comparator.comparingLong(FieldValue::version))
        .toList();
  }

  public int size() {
    return versions.size();
  }
}
