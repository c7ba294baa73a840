package se.knutpunkt.domain.casefile.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.knutpunkt.domain.casefile.FieldPath;

/**
 * Where a path is in the {@link CaseSchema}: an attribute (of the overview or of an item), the
 * record of an item itself, or nowhere (with the reason).
 *
 * @param path the path located
 * @param kind the kind of item the value belongs to (or is, for an item's record)
 * @param item the item an attribute belongs to; empty for the overview's attributes and for an
 *     item's own record
 * @param enclosing the items that must exist for this value to exist, outermost first, not counting
 *     {@code item} (a person, for one of its identifiers)
 * @param attribute the attribute, for an attribute's path
 * @param problem why the path names nothing, for a path outside the schema
 */
public record Located(
    FieldPath path,
    Optional<ItemKind> kind,
    Optional<FieldPath> item,
    List<FieldPath> enclosing,
    Optional<Attribute> attribute,
    Optional<String> problem) {

  public Located {
    Objects.requireNonNull(path);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(item);
    enclosing = List.copyOf(enclosing);
    Objects.requireNonNull(attribute);
    Objects.requireNonNull(problem);
  }

  static Located attribute(
      FieldPath path,
      ItemKind kind,
      Optional<FieldPath> item,
      List<FieldPath> enclosing,
      Attribute attribute) {
    return new Located(
        path, Optional.of(kind), item, enclosing, Optional.of(attribute), Optional.empty());
  }

  static Located item(FieldPath path, ItemKind kind, List<FieldPath> enclosing) {
    return new Located(
        path, Optional.of(kind), Optional.empty(), enclosing, Optional.empty(), Optional.empty());
  }

  static Located nowhere(FieldPath path, String problem) {
    return new Located(
        path,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.of(problem));
  }

  public boolean exists() {
    return problem.isEmpty();
  }

  public boolean isItem() {
    return exists() && attribute.isEmpty();
  }

  /** Every item that must exist (and not be removed) for this value to be part of the case. */
  public List<FieldPath> requiredItems() {
    List<FieldPath> all = new java.util.ArrayList<>(enclosing);
    item.ifPresent(all::add);
    return all;
  }
}
