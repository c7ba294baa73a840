package se.knutpunkt.application.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.knutpunkt.application.gate.ValueGate;
import se.knutpunkt.application.misuse.MatchingIndex;
import se.knutpunkt.domain.casefile.CaseContents;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.casefile.FieldValue;
import se.knutpunkt.domain.casefile.FieldValueRepository;
import se.knutpunkt.domain.casefile.schema.CaseSchema;
import se.knutpunkt.domain.casefile.schema.ItemKind;
import se.knutpunkt.domain.misuse.Matchable;
import se.knutpunkt.security.matching.MatchKeys;

/**
 * Keeps the matching index in step with the identifiers and identity documents of a case, in the
 * transaction that changes them: an identifier's number, a document's number and country. The
 * services call it before they store a change (the old values are read first: reads of this
 * transaction do not see its own unflushed writes) and tell it what the change makes.
 */
@ApplicationScoped
public class IdentifierIndexing {

  private MatchingIndex index;
  private MatchKeys keys;
  private ValueGate gate;
  private FieldValueRepository fields;

  /** For the container's proxy only. */
  protected IdentifierIndexing() {}

  @Inject
  public IdentifierIndexing(
      MatchingIndex index, MatchKeys keys, ValueGate gate, FieldValueRepository fields) {
    this.index = index;
    this.keys = keys;
    this.gate = gate;
    this.fields = fields;
  }

  /** Whether a write of this path can change what the item is matched on. */
  static boolean matters(FieldPath path) {
    return CaseSchema.locate(path)
        .attribute()
        .map(a -> isMatched(CaseSchema.locate(path).kind().orElseThrow(), a.name()))
        .orElse(false);
  }

  private static boolean isMatched(ItemKind kind, String attribute) {
    return (kind == CaseSchema.IDENTIFIER && attribute.equals("number"))
        || (kind == CaseSchema.DOCUMENT
            && (attribute.equals("number") || attribute.equals("country")));
  }

  /** What an item is matched on now, from its stored values (empty if it is no such item). */
  Optional<Matchable> matchableOf(CaseId caseId, FieldPath item) {
    ItemKind kind = CaseSchema.locate(item).kind().orElse(null);
    if (kind == CaseSchema.IDENTIFIER) {
      return fields.currentValues(caseId, List.of(child(item, "number"))).stream()
          .findFirst()
          .flatMap(gate::matchable);
    }
    if (kind == CaseSchema.DOCUMENT) {
      CaseContents contents =
          CaseContents.of(
              fields.currentValues(caseId, List.of(child(item, "number"), child(item, "country"))));
      Optional<FieldValue> number = contents.newest(child(item, "number"));
      Optional<FieldValue> country = contents.newest(child(item, "country"));
      if (number.isPresent() && country.isPresent()) {
        return gate.matchable(number.get(), country.get());
      }
    }
    return Optional.empty();
  }

  /** What the item will be matched on once {@code attribute} holds {@code stored}. */
  Optional<Matchable> matchableAfterWrite(
      CaseId caseId, FieldPath item, String attribute, String stored) {
    ItemKind kind = CaseSchema.locate(item).kind().orElse(null);
    if (kind == CaseSchema.IDENTIFIER) {
      return matchableOfNew(kind, Map.of("number", stored));
    }
    String sibling = attribute.equals("number") ? "country" : "number";
    Optional<FieldValue> other =
        fields.currentValues(caseId, List.of(child(item, sibling))).stream()
            .findFirst()
            .filter(v -> !v.removed());
    if (other.isEmpty()) {
      return Optional.empty();
    }
    // the sibling's content is read by the gate: a document matched on the value just written
    FieldValue written =
        new FieldValue(
            caseId,
            child(item, attribute),
            1,
            stored,
            other.get().marking(),
            other.get().author(),
            other.get().authorAgency(),
            other.get().writtenAt());
    return attribute.equals("number")
        ? gate.matchable(written, other.get())
        : gate.matchable(other.get(), written);
  }

  /** What a new item will be matched on, from the values it is added with (stored forms). */
  static Optional<Matchable> matchableOfNew(ItemKind kind, Map<String, String> values) {
    try {
      if (kind == CaseSchema.IDENTIFIER && values.containsKey("number")) {
        return Optional.of(new Matchable.Identifier(values.get("number")));
      }
      if (kind == CaseSchema.DOCUMENT
          && values.containsKey("number")
          && values.containsKey("country")) {
        return Optional.of(Matchable.document(values.get("country"), values.get("number")));
      }
    } catch (IllegalArgumentException e) {
      // checked values are always matchable; anything else is not indexed
    }
    return Optional.empty();
  }

  /** The item was matched on {@code before} and is matched on {@code after} now. */
  void changed(CaseId caseId, Optional<Matchable> before, Optional<Matchable> after) {
    if (before.equals(after)) {
      return;
    }
    before.ifPresent(m -> index.release(keys.of(m), caseId));
    after.ifPresent(m -> index.hold(keys.of(m), caseId));
  }

  /** Everything the item (and the items in it: a person's identifiers) is matched on. */
  List<Matchable> everythingUnder(CaseId caseId, FieldPath item, CaseContents contents) {
    return contents.presentUnder(item).stream()
        .map(FieldValue::path)
        .filter(path -> CaseSchema.locate(path).isItem())
        .map(path -> matchableOf(caseId, path))
        .flatMap(Optional::stream)
        .toList();
  }

  void released(CaseId caseId, List<Matchable> matchables) {
    matchables.forEach(m -> index.release(keys.of(m), caseId));
  }

  private static FieldPath child(FieldPath item, String attribute) {
    return FieldPath.of(item.value() + "." + attribute);
  }
}
