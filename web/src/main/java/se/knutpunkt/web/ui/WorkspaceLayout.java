package se.knutpunkt.web.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.knutpunkt.application.casework.FieldView;
import se.knutpunkt.domain.casefile.CaseSection;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.casefile.schema.Attribute;
import se.knutpunkt.domain.casefile.schema.CaseSchema;
import se.knutpunkt.domain.casefile.schema.ItemKind;
import se.knutpunkt.domain.casefile.schema.Located;

/**
 * The values of a case as the page lays them out: section by section, item by item, each attribute
 * in the schema's order (empty where the item has no such value yet), items within items (a
 * person's identifiers) beneath their item. Made from what the gate released; it decides nothing.
 */
public final class WorkspaceLayout {

  /** One value's place on the page: the attribute, and the value or its placeholder if any. */
  public record Slot(FieldPath path, Attribute attribute, Optional<FieldView> field) {

    public boolean isEmpty() {
      return field.isEmpty();
    }
  }

  /** An item (or the overview): its record, its values, and the items of its collections. */
  public record Item(
      String key,
      Optional<FieldPath> path,
      ItemKind kind,
      Optional<FieldView> record,
      List<Slot> slots,
      Map<String, List<Item>> collections) {

    /**
     * Whether the reader may see that the item is there but not what it is (its record withheld).
     */
    public boolean withheld() {
      return record.map(FieldView::redacted).orElse(false);
    }

    public List<Item> collection(String name) {
      return collections.getOrDefault(name, List.of());
    }

    /** The item's id, the last part of its path ({@code overview} for the overview). */
    public String id() {
      return key.substring(key.lastIndexOf('.') + 1);
    }

    /** When the item was added, where the reader may see its record. */
    Optional<java.time.OffsetDateTime> addedAt() {
      return record.flatMap(FieldView::writtenAt);
    }

    /** The visible text of one of its values, for ordering (a timeline by date). */
    Optional<String> text(String attribute) {
      return slots.stream()
          .filter(s -> s.attribute().name().equals(attribute))
          .findFirst()
          .flatMap(Slot::field)
          .flatMap(FieldView::value);
    }
  }

  /** A section: the overview's values, or the items of a collection. */
  public record Section(CaseSection section, List<Item> items, int valueCount) {

    public String code() {
      return section.code();
    }
  }

  private final Map<CaseSection, Section> sections = new LinkedHashMap<>();
  private final List<FieldView> elsewhere = new ArrayList<>();

  private WorkspaceLayout() {}

  public static WorkspaceLayout of(List<FieldView> fields) {
    WorkspaceLayout layout = new WorkspaceLayout();
    Map<FieldPath, FieldView> byPath = new LinkedHashMap<>();
    fields.forEach(f -> byPath.put(f.path(), f));
    for (CaseSection section : CaseSchema.editableSections()) {
      List<Item> items = new ArrayList<>();
      if (section == CaseSection.OVERVIEW) {
        items.add(item("overview", CaseSchema.OVERVIEW, byPath));
      } else {
        for (FieldPath itemPath : itemsOf(section.code(), byPath)) {
          items.add(item(itemPath.value(), CaseSchema.itemsOf(section).orElseThrow(), byPath));
        }
        items.sort(section == CaseSection.EVENTS ? BY_DATE : BY_ADDED);
      }
      int count = (int) fields.stream().filter(f -> f.path().section() == section).count();
      layout.sections.put(section, new Section(section, items, count));
    }
    for (FieldView field : fields) {
      if (!CaseSchema.locate(field.path()).exists()) {
        layout.elsewhere.add(field);
      }
    }
    return layout;
  }

  public List<Section> getSections() {
    return List.copyOf(sections.values());
  }

  public Section section(String code) {
    return sections.get(CaseSection.fromCode(code).orElseThrow());
  }

  /**
   * Values from before the case had a schema, or of sections shown elsewhere; shown as they are.
   */
  public List<FieldView> getElsewhere() {
    return List.copyOf(elsewhere);
  }

  /** Items in the order they were added; those whose time the reader may not see, last. */
  private static final java.util.Comparator<Item> BY_ADDED =
      java.util.Comparator.comparing(
          (Item i) -> i.addedAt().orElse(null),
          java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));

  /** A timeline: by date (ISO dates sort as text), undated or hidden dates last. */
  private static final java.util.Comparator<Item> BY_DATE =
      java.util.Comparator.comparing(
              (Item i) -> i.text("date").orElse(null),
              java.util.Comparator.nullsLast(java.util.Comparator.<String>naturalOrder()))
          .thenComparing(BY_ADDED);

  private static Item item(String key, ItemKind kind, Map<FieldPath, FieldView> byPath) {
    boolean overview = kind == CaseSchema.OVERVIEW;
    String prefix = key;
    Optional<FieldPath> path = overview ? Optional.empty() : Optional.of(FieldPath.of(key));
    List<Slot> slots = new ArrayList<>();
    for (Attribute attribute : kind.attributes()) {
      FieldPath attributePath = FieldPath.of(prefix + "." + attribute.name());
      slots.add(new Slot(attributePath, attribute, Optional.ofNullable(byPath.get(attributePath))));
    }
    Map<String, List<Item>> collections = new LinkedHashMap<>();
    kind.collections()
        .forEach(
            (name, itemKind) -> {
              List<Item> items = new ArrayList<>();
              for (FieldPath child : itemsOf(prefix + "." + name, byPath)) {
                items.add(item(child.value(), itemKind, byPath));
              }
              items.sort(BY_ADDED);
              collections.put(name, items);
            });
    return new Item(key, path, kind, path.map(byPath::get), slots, collections);
  }

  /** The paths of the items directly in a collection, in the order their values came. */
  private static List<FieldPath> itemsOf(String collection, Map<FieldPath, FieldView> byPath) {
    String prefix = collection + ".";
    List<FieldPath> items = new ArrayList<>();
    for (FieldPath path : byPath.keySet()) {
      if (!path.value().startsWith(prefix)) {
        continue;
      }
      String rest = path.value().substring(prefix.length());
      int dot = rest.indexOf('.');
      FieldPath item = FieldPath.of(prefix + (dot < 0 ? rest : rest.substring(0, dot)));
      Located located = CaseSchema.locate(item);
      if (located.isItem() && !items.contains(item)) {
        items.add(item);
      }
    }
    return items;
  }
}
