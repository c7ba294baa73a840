package se.knutpunkt.domain.casefile;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface FieldValueRepository {

  void append(FieldValue value);

  /** The newest version of every field of a case, ordered by path; removals included. */
  List<FieldValue> currentValues(CaseId caseId);

  /** The newest version of each of the given fields of a case, ordered by path. */
  List<FieldValue> currentValues(CaseId caseId, Collection<FieldPath> paths);

  /** The newest version of the given fields of several cases (for lists of cases). */
  Map<CaseId, FieldValue> currentValues(Collection<CaseId> caseIds, FieldPath path);

  Optional<FieldValue> currentValue(CaseId caseId, FieldPath path);

  /** Every version of a field, oldest first. */
  List<FieldValue> history(CaseId caseId, FieldPath path);
}
