package se.knutpunkt.web.api.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import se.knutpunkt.application.misuse.FlagView;

/** A flag in JSON, with only what its reader may know (FlagView decides). */
public final class FlagJson {

  private FlagJson() {}

  public static JsonObject flag(FlagView flag) {
    JsonObjectBuilder json =
        Jsons.object()
            .add("id", flag.id())
            .add("category", flag.category().name())
            .add("confidence", flag.confidence().name())
            .add("agency", flag.agency().value())
            .add("at", flag.flaggedAt().toInstant().toString())
            .add("inForce", flag.inForce());
    flag.identifier().ifPresent(i -> json.add("identifier", i));
    flag.comment().ifPresent(c -> json.add("comment", c));
    flag.flaggedBy().ifPresent(b -> json.add("flaggedBy", b));
    return json.build();
  }

  /** The warning beside a value: category, confidence and agency of each flag in force. */
  public static JsonObject warning(FlagView flag) {
    return Jsons.object()
        .add("category", flag.category().name())
        .add("confidence", flag.confidence().name())
        .add("agency", flag.agency().value())
        .build();
  }
}
