package se.knutpunkt.application.casework;

import java.util.Map;
import java.util.Objects;
import se.knutpunkt.domain.casefile.FieldPath;

/** An item just added: its path and the version (1) of its record and of each of its values. */
public record AddedItem(FieldPath path, Map<FieldPath, Long> versions) {

  public AddedItem {
    Objects.requireNonNull(path);
    versions = Map.copyOf(versions);
  }

  /** The id of the item within its collection (the last part of its path). */
  public String id() {
    String value = path.value();
    return value.substring(value.lastIndexOf('.') + 1);
  }
}
