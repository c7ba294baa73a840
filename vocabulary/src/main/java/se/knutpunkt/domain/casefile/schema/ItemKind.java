package se.knutpunkt.domain.casefile.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the items of a collection hold: a person has a name, a role and a collection of identifiers;
 * a task has a title, an assignee, a due date and whether it is done. The overview is the one kind
 * that is not a collection: the case has exactly one.
 */
public final class ItemKind {

  private final String name;
  private final Map<String, Attribute> attributes = new LinkedHashMap<>();
  private final Map<String, ItemKind> collections = new LinkedHashMap<>();

  private ItemKind(String name, List<Attribute> attributes, Map<String, ItemKind> collections) {
    this.name = Objects.requireNonNull(name);
    attributes.forEach(a -> this.attributes.put(a.name(), a));
    this.collections.putAll(collections);
    for (String collection : collections.keySet()) {
      if (this.attributes.containsKey(collection)) {
        throw new IllegalArgumentException(name + " has " + collection + " twice");
      }
    }
  }

  static ItemKind of(String name, Attribute... attributes) {
    return new ItemKind(name, List.of(attributes), Map.of());
  }

  static ItemKind of(String name, List<Attribute> attributes, String collection, ItemKind items) {
    return new ItemKind(name, attributes, Map.of(collection, items));
  }

  /**
   * A short name of the kind, such as {@code person}: stored as the content of an item's record.
   */
  public String name() {
    return name;
  }

  public List<Attribute> attributes() {
    return List.copyOf(attributes.values());
  }

  public Optional<Attribute> attribute(String attributeName) {
    return Optional.ofNullable(attributes.get(attributeName));
  }

  /** The collections an item of this kind holds, by name ({@code identifiers} of a person). */
  public Map<String, ItemKind> collections() {
    return Map.copyOf(collections);
  }

  public Optional<ItemKind> collection(String collectionName) {
    return Optional.ofNullable(collections.get(collectionName));
  }

  @Override
  public String toString() {
    return name;
  }
}
