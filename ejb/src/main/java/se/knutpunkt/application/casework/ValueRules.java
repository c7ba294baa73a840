package se.knutpunkt.application.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.knutpunkt.application.InvalidInputException;
import se.knutpunkt.application.ServiceMessage;
import se.knutpunkt.domain.casefile.CaseFile;
import se.knutpunkt.domain.casefile.schema.Attribute;
import se.knutpunkt.domain.casefile.schema.ItemKind;
import se.knutpunkt.domain.casefile.schema.ValueCheck;
import se.knutpunkt.domain.casefile.schema.ValueType;
import se.knutpunkt.domain.user.Username;

/**
 * The rules a value must meet before it is stored, beyond who may write it: its attribute's type (a
 * date is a date, an identifier is valid, a choice is one of its codes), the values a new item
 * needs, and that an assignee is a member of the case. A refusal names the value at fault and the
 * reason in the reader's language.
 */
@ApplicationScoped
public class ValueRules {

  private Clock clock;

  /** For the container's proxy only. */
  protected ValueRules() {}

  @Inject
  public ValueRules(Clock clock) {
    this.clock = Objects.requireNonNull(clock);
  }

  /**
   * The stored form of {@code text} as a value of {@code attribute}; refuses it naming {@code
   * field}.
   */
  public String check(String field, Attribute attribute, String text) {
    ValueCheck.Result result = ValueCheck.check(attribute, text, LocalDate.now(clock));
    if (result.accepted()) {
      return result.stored().orElseThrow();
    }
    throw new InvalidInputException(
        field,
        new ServiceMessage(
            result.reasonCode().orElseThrow(), result.arguments().toArray(Object[]::new)));
  }

  /**
   * The values of a new item, checked: every attribute given is one of the kind's, every required
   * one is given, and each is a value of its type (in stored form).
   */
  public Map<Attribute, NewValue> checkNewItem(ItemKind kind, Map<String, NewValue> given) {
    Objects.requireNonNull(given);
    for (String name : given.keySet()) {
      if (kind.attribute(name).isEmpty()) {
        throw new InvalidInputException(
            "values." + name,
            "item.noSuchValue",
            kind.name(),
            name,
            String.join(", ", kind.attributes().stream().map(Attribute::name).toList()));
      }
    }
    Map<Attribute, NewValue> checked = new LinkedHashMap<>();
    for (Attribute attribute : kind.attributes()) {
      NewValue value = given.get(attribute.name());
      if (value == null || value.text() == null || value.text().isBlank()) {
        if (attribute.required()) {
          throw new InvalidInputException(
              "values." + attribute.name(), "item.valueRequired", kind.name(), attribute.name());
        }
        continue;
      }
      String stored = check("values." + attribute.name(), attribute, value.text());
      checked.put(attribute, new NewValue(stored, value.marking()));
    }
    return checked;
  }

  /** An assignee must be a member of the case. */
  public void requireMember(String field, CaseFile caseFile, Attribute attribute, String stored) {
    if (attribute.type() == ValueType.MEMBER
        && caseFile.memberNamed(Username.of(stored)).isEmpty()) {
      throw new InvalidInputException(field, "member.notMember", stored);
    }
  }

  /** Whether {@code attribute} is all an item of {@code kind} must have (a note's text). */
  public boolean isAllAnItemNeeds(ItemKind kind, Attribute attribute) {
    List<Attribute> required = kind.attributes().stream().filter(Attribute::required).toList();
    return required.isEmpty() || required.equals(List.of(attribute));
  }
}
