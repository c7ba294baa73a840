package se.knutpunkt.domain.casefile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.knutpunkt.domain.casefile.schema.CaseSchema;
import se.knutpunkt.domain.casefile.schema.Located;

/**
 * The newest version of every value of a case, and from them what is part of the case now: a value
 * is, unless its newest version removed it or removed an item it belongs to (a person's name goes
 * with the person, an identifier with its person).
 */
public final class CaseContents {

  private final Map<FieldPath, FieldValue> newest = new LinkedHashMap<>();

  private CaseContents(Collection<FieldValue> newestVersions) {
    newestVersions.forEach(v -> newest.put(v.path(), v));
  }

  public static CaseContents of(Collection<FieldValue> newestVersions) {
    return new CaseContents(newestVersions);
  }

  /** The newest version of a value, removed or not. */
  public Optional<FieldValue> newest(FieldPath path) {
    return Optional.ofNullable(newest.get(path));
  }

  /** Whether the value is part of the case now. */
  public boolean isPresent(FieldPath path) {
    FieldValue value = newest.get(path);
    return value != null && !value.removed() && itemsPresent(CaseSchema.locate(path));
  }

  /**
   * Whether every item {@code located} belongs to is part of the case. An item whose record was
   * never written (values from before items had records) counts as present.
   */
  public boolean itemsPresent(Located located) {
    for (FieldPath item : located.requiredItems()) {
      FieldValue record = newest.get(item);
      if (record != null && record.removed()) {
        return false;
      }
    }
    return true;
  }

  /** Whether an item was removed (its record's newest version is a removal). */
  public boolean isRemoved(FieldPath item) {
    FieldValue record = newest.get(item);
    return record != null && record.removed();
  }

  /** The values that are part of the case, in the order they were given (by path). */
  public List<FieldValue> present() {
    List<FieldValue> present = new ArrayList<>();
    for (FieldValue value : newest.values()) {
      if (isPresent(value.path())) {
        present.add(value);
      }
    }
    return present;
  }

  /** The values of the case that are part of it and lie under {@code prefix} (an item's path). */
  public List<FieldValue> presentUnder(FieldPath item) {
    String prefix = item.value() + ".";
    return present().stream()
        .filter(v -> v.path().equals(item) || v.path().value().startsWith(prefix))
        .toList();
  }
}
