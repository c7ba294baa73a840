package se.knutpunkt.domain.casefile.schema;

import static se.knutpunkt.domain.casefile.schema.Attribute.optional;
import static se.knutpunkt.domain.casefile.schema.Attribute.optionalChoice;
import static se.knutpunkt.domain.casefile.schema.Attribute.required;
import static se.knutpunkt.domain.casefile.schema.Attribute.requiredChoice;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.knutpunkt.domain.casefile.CaseSection;
import se.knutpunkt.domain.casefile.CaseStatus;
import se.knutpunkt.domain.casefile.CaseType;
import se.knutpunkt.domain.casefile.DecisionKind;
import se.knutpunkt.domain.casefile.DocumentType;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.casefile.IdentifierStatus;
import se.knutpunkt.domain.casefile.IdentityLevel;
import se.knutpunkt.domain.casefile.PersonRole;

/**
 * What a case holds, section by section (DOMAIN.md): the overview's four values, and in every other
 * section a collection of items, each with its attributes. A path names a value only if this schema
 * has it:
 *
 * <pre>
 *   overview.summary                            an attribute of the overview
 *   persons.p4k2                                a person (the item's own record)
 *   persons.p4k2.name                           an attribute of that person
 *   persons.p4k2.identifiers.i9x1               an identifier of that person
 *   persons.p4k2.identifiers.i9x1.identityLevel an attribute of that identifier
 * </pre>
 *
 * Every value, items' own records included, has its own marking and version. Attachments are added
 * through their own interface, not as values.
 */
public final class CaseSchema {

  public static final ItemKind OVERVIEW =
      ItemKind.of(
          "overview",
          required("title", ValueType.TEXT),
          requiredChoice("type", CaseType.class),
          optionalChoice("status", CaseStatus.class),
          optional("summary", ValueType.LONG_TEXT));

  public static final ItemKind IDENTIFIER =
      ItemKind.of(
          "identifier",
          required("number", ValueType.IDENTIFIER),
          optionalChoice("identityLevel", IdentityLevel.class),
          optionalChoice("status", IdentifierStatus.class));

  public static final ItemKind PERSON =
      ItemKind.of(
          "person",
          List.of(required("name", ValueType.TEXT), optionalChoice("role", PersonRole.class)),
          "identifiers",
          IDENTIFIER);

  public static final ItemKind DOCUMENT =
      ItemKind.of(
          "document",
          requiredChoice("type", DocumentType.class),
          required("number", ValueType.DOCUMENT_NUMBER),
          required("country", ValueType.COUNTRY),
          optional("validUntil", ValueType.DATE));

  public static final ItemKind EVENT =
      ItemKind.of(
          "event",
          required("date", ValueType.DATE),
          required("description", ValueType.LONG_TEXT),
          optional("sourceAgency", ValueType.AGENCY));

  public static final ItemKind NOTE = ItemKind.of("note", required("text", ValueType.LONG_TEXT));

  public static final ItemKind TASK =
      ItemKind.of(
          "task",
          required("title", ValueType.TEXT),
          optional("assignee", ValueType.MEMBER),
          optional("due", ValueType.DATE),
          optional("done", ValueType.BOOLEAN));

  public static final ItemKind DECISION =
      ItemKind.of(
          "decision",
          requiredChoice("kind", DecisionKind.class),
          required("date", ValueType.DATE),
          required("decidingAgency", ValueType.AGENCY),
          optional("description", ValueType.LONG_TEXT));

  private static final Map<CaseSection, ItemKind> COLLECTIONS = new EnumMap<>(CaseSection.class);

  static {
    COLLECTIONS.put(CaseSection.PERSONS, PERSON);
    COLLECTIONS.put(CaseSection.DOCUMENTS, DOCUMENT);
    COLLECTIONS.put(CaseSection.EVENTS, EVENT);
    COLLECTIONS.put(CaseSection.NOTES, NOTE);
    COLLECTIONS.put(CaseSection.TASKS, TASK);
    COLLECTIONS.put(CaseSection.DECISIONS, DECISION);
  }

  private CaseSchema() {}

  /** The kind of item a section collects; empty for the overview and for attachments. */
  public static Optional<ItemKind> itemsOf(CaseSection section) {
    return Optional.ofNullable(COLLECTIONS.get(section));
  }

  /** The sections whose values are written through the schema, in the order pages show them. */
  public static List<CaseSection> editableSections() {
    List<CaseSection> sections = new ArrayList<>();
    sections.add(CaseSection.OVERVIEW);
    sections.addAll(COLLECTIONS.keySet());
    return sections;
  }

  /**
   * Where {@code path} is in the schema, or why it names nothing a case can hold (the reason is for
   * people).
   */
  public static Located locate(FieldPath path) {
    String[] segments = path.value().split("\\.");
    CaseSection section = path.section();
    if (section == CaseSection.OVERVIEW) {
      if (segments.length != 2) {
        return Located.nowhere(path, "the overview holds title, type, status and summary");
      }
      return OVERVIEW
          .attribute(segments[1])
          .map(a -> Located.attribute(path, OVERVIEW, Optional.empty(), List.of(), a))
          .orElseGet(
              () ->
                  Located.nowhere(
                      path, "the overview has no '" + segments[1] + "' (" + names(OVERVIEW) + ")"));
    }
    ItemKind kind = COLLECTIONS.get(section);
    if (kind == null) {
      return Located.nowhere(path, "attachments are added through the attachments interface");
    }
    List<FieldPath> items = new ArrayList<>();
    StringBuilder prefix = new StringBuilder(segments[0]);
    int i = 1;
    while (true) {
      // segments[i] is the id of an item of {@code kind}
      prefix.append('.').append(segments[i]);
      FieldPath item = FieldPath.of(prefix.toString());
      if (i == segments.length - 1) {
        return Located.item(path, kind, items);
      }
      items.add(item);
      String next = segments[i + 1];
      Optional<Attribute> attribute = kind.attribute(next);
      if (attribute.isPresent()) {
        if (i + 1 != segments.length - 1) {
          return Located.nowhere(path, "'" + next + "' of a " + kind + " holds no further values");
        }
        return Located.attribute(
            path, kind, Optional.of(item), items.subList(0, items.size() - 1), attribute.get());
      }
      Optional<ItemKind> nested = kind.collection(next);
      if (nested.isPresent() && i + 2 > segments.length - 1) {
        return Located.nowhere(
            path, "'" + next + "' is a collection of a " + kind + ": name one of its items");
      }
      if (nested.isEmpty()) {
        return Located.nowhere(path, "a " + kind + " has no '" + next + "' (" + names(kind) + ")");
      }
      prefix.append('.').append(next);
      kind = nested.get();
      i += 2;
    }
  }

  /**
   * The collection {@code text} names, such as {@code persons} or {@code persons.p4k2.identifiers},
   * into which items are added; empty if it names none.
   */
  public static Optional<Collection> collection(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String[] segments = text.split("\\.", -1);
    Optional<CaseSection> section = CaseSection.fromCode(segments[0]);
    if (section.isEmpty() || !COLLECTIONS.containsKey(section.get())) {
      return Optional.empty();
    }
    if (segments.length == 1) {
      return Optional.of(
          new Collection(segments[0], COLLECTIONS.get(section.get()), Optional.empty()));
    }
    if (segments.length < 3) {
      return Optional.empty();
    }
    String parentText = text.substring(0, text.lastIndexOf('.'));
    FieldPath parent;
    try {
      parent = FieldPath.of(parentText);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    Located located = locate(parent);
    if (!located.isItem()) {
      return Optional.empty();
    }
    return located
        .kind()
        .orElseThrow()
        .collection(segments[segments.length - 1])
        .map(kind -> new Collection(text, kind, Optional.of(parent)));
  }

  /**
   * A collection items are added to: its name as a path prefix, the kind of its items, and the item
   * that holds it (for a nested collection such as a person's identifiers).
   */
  public record Collection(String prefix, ItemKind kind, Optional<FieldPath> parent) {

    /** The path of the item with this id in the collection. */
    public FieldPath itemPath(String itemId) {
      return FieldPath.of(prefix + "." + itemId);
    }
  }

  private static String names(ItemKind kind) {
    List<String> names = new ArrayList<>();
    kind.attributes().forEach(a -> names.add(a.name()));
    names.addAll(kind.collections().keySet());
    return String.join(", ", names);
  }
}
