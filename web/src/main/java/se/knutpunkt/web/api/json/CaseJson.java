package se.knutpunkt.web.api.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import se.knutpunkt.application.casework.CaseSummary;
import se.knutpunkt.application.casework.CaseView;
import se.knutpunkt.application.casework.FieldVersionView;
import se.knutpunkt.application.casework.FieldView;
import se.knutpunkt.application.casework.MemberView;

/**
 * Cases in JSON. A value the reader may not see is not in the JSON at all: the field carries {@code
 * redacted: true} and its marking instead.
 */
public final class CaseJson {

  private CaseJson() {}

  public static JsonObject summary(CaseSummary summary) {
    JsonObjectBuilder json =
        Jsons.object()
            .add("id", summary.id().toString())
            .add("type", summary.type().name())
            .add("ownerAgency", summary.ownerAgency().value())
            .add("createdAt", summary.createdAt().toInstant().toString());
    summary
        .title()
        .ifPresentOrElse(
            t -> json.add("title", t), () -> json.addNull("title").add("titleRedacted", true));
    return json.build();
  }

  public static JsonObject view(CaseView view) {
    JsonArrayBuilder fields = Jsons.array();
    view.fields().forEach(f -> fields.add(field(f)));
    JsonArrayBuilder members = Jsons.array();
    view.members().forEach(m -> members.add(member(m)));
    JsonObjectBuilder json =
        Jsons.object()
            .add("id", view.id().toString())
            .add("type", view.type().name())
            .add("ownerAgency", view.ownerAgency().value())
            .add("createdBy", view.createdBy())
            .add("createdAt", view.createdAt().toInstant().toString());
    view.title()
        .ifPresentOrElse(
            t -> json.add("title", t), () -> json.addNull("title").add("titleRedacted", true));
    JsonArrayBuilder writable = Jsons.array();
    view.capabilities().writableSections().stream()
        .sorted()
        .forEach(section -> writable.add(section.code()));
    JsonObjectBuilder may =
        Jsons.object()
            .add("manageMembers", view.capabilities().manageMembers())
            .add("writeSections", writable);
    // warnings beside identifiers and documents the reader sees: flags of suspected misuse
    JsonArrayBuilder flags = Jsons.array();
    view.flags()
        .forEach(
            (item, found) -> {
              JsonArrayBuilder list = Jsons.array();
              found.forEach(f -> list.add(FlagJson.warning(f)));
              flags.add(Jsons.object().add("path", item.value()).add("flags", list));
            });
    JsonArrayBuilder examinations = Jsons.array();
    view.examinations()
        .forEach(
            (item, found) -> {
              JsonArrayBuilder list = Jsons.array();
              found.forEach(
                  e ->
                      list.add(
                          Jsons.object()
                              .add("result", e.result().name())
                              .add("agency", e.agency().value())
                              .add("examinedOn", e.examinedOn().toString())));
              examinations.add(Jsons.object().add("path", item.value()).add("examinations", list));
            });
    return json.add("fields", fields)
        .add("members", members)
        .add("may", may)
        .add("flags", flags)
        .add("examinations", examinations)
        .build();
  }

  public static JsonObject field(FieldView field) {
    JsonObjectBuilder json = Jsons.object().add("path", field.path().value());
    field.version().ifPresent(v -> json.add("version", v));
    json.add("marking", MarkingJson.render(field.marking()));
    if (field.redacted()) {
      return json.add("redacted", true).build();
    }
    if (field.removed()) {
      json.add("removed", true);
    } else {
      json.add("value", field.value().orElseThrow());
    }
    field.author().ifPresent(a -> json.add("author", a));
    field.authorAgency().ifPresent(a -> json.add("agency", a.value()));
    field.writtenAt().ifPresent(at -> json.add("at", at.toInstant().toString()));
    return json.build();
  }

  public static JsonObject version(FieldVersionView version) {
    JsonObjectBuilder json = Jsons.object().add("version", version.version());
    version
        .released()
        .ifPresentOrElse(
            released -> {
              json.add("author", released.author())
                  .add("agency", released.authorAgency().value())
                  .add("at", released.writtenAt().toInstant().toString())
                  .add("marking", MarkingJson.render(version.marking()));
              if (released.removal()) {
                json.add("removed", true);
              } else {
                json.add("value", released.content());
              }
            },
            () -> json.add("marking", MarkingJson.render(version.marking())).add("redacted", true));
    return json.build();
  }

  public static JsonObject member(MemberView member) {
    return Jsons.object()
        .add("username", member.username().value())
        .add("agency", member.agency().value())
        .add("kind", member.kind().name())
        .add("addedAt", member.addedAt().toInstant().toString())
        .add("removable", member.removable())
        .build();
  }
}
