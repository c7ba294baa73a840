package se.knutpunkt.web.api.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.marking.ClassificationLevel;
import se.knutpunkt.domain.marking.HandlingCode;
import se.knutpunkt.domain.marking.LegalReference;
import se.knutpunkt.domain.marking.Marking;
import se.knutpunkt.domain.marking.Releasability;

/**
 * A marking in JSON: {level, owner, releasable: "CASE" | [agencies], legalReference?,
 * handlingCode?}.
 */
public final class MarkingJson {

  private MarkingJson() {}

  public static JsonObject render(Marking marking) {
    JsonObjectBuilder json =
        Jsons.object().add("level", marking.level().name()).add("owner", marking.owner().value());
    if (marking.releasable() instanceof Releasability.ToAgencies agencies) {
      JsonArrayBuilder list = Jsons.array();
      agencies.agencies().forEach(a -> list.add(a.value()));
      json.add("releasable", list);
    } else {
      json.add("releasable", Releasability.CASE_TOKEN);
    }
    marking.legalReference().ifPresent(r -> json.add("legalReference", r.text()));
    marking.handlingCode().ifPresent(h -> json.add("handlingCode", h.name()));
    return json.build();
  }

  /**
   * Reads a requested marking. The owner is the writer's agency whatever the request says; a
   * missing level means INTERNAL and a missing releasability means the case.
   */
  public static Marking parse(JsonInput marking, AgencyCode writer) {
    ClassificationLevel level =
        marking
            .optionalString("level")
            .map(text -> marking.parse("level", text, ClassificationLevel::parse))
            .orElse(ClassificationLevel.INTERNAL);
    Releasability releasable =
        marking
            .optionalStringOrStrings("releasable")
            .map(value -> releasability(marking, value))
            .orElse(Releasability.CASE);
    Optional<LegalReference> legalReference =
        marking
            .optionalString("legalReference")
            .map(text -> marking.parse("legalReference", text, LegalReference::new));
    Optional<HandlingCode> handlingCode =
        marking
            .optionalString("handlingCode")
            .map(text -> marking.parse("handlingCode", text, HandlingCode::parse));
    return marking.parse(
        "legalReference",
        "",
        ignored -> new Marking(level, writer, releasable, legalReference, handlingCode));
  }

  private static Releasability releasability(JsonInput marking, JsonValue value) {
    if (value.getValueType() == JsonValue.ValueType.STRING) {
      String text = ((jakarta.json.JsonString) value).getString();
      if (!Releasability.CASE_TOKEN.equals(text)) {
        throw se.knutpunkt.web.api.problem.ProblemException.badRequest(
            "marking.releasable", "'marking.releasable' is \"CASE\" or a list of agency codes.");
      }
      return Releasability.CASE;
    }
    Set<AgencyCode> agencies =
        marking.strings("releasable", value).stream()
            .map(code -> marking.parse("releasable", code, AgencyCode::of))
            .collect(Collectors.toSet());
    return marking.parse("releasable", "", ignored -> Releasability.toAgencies(agencies));
  }
}
