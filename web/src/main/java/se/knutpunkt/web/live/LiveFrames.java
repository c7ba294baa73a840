package se.knutpunkt.web.live;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import se.knutpunkt.application.live.LiveFrame;
import se.knutpunkt.web.api.json.CaseJson;
import se.knutpunkt.web.api.json.Jsons;

/**
 * Live frames as JSON text, in the API's shapes: a value is the same object as in {@code GET
 * /cases/{id}} ({@code redacted: true} and its marking where the follower may not see it).
 */
final class LiveFrames {

  private LiveFrames() {}

  static String json(LiveFrame frame) {
    JsonObjectBuilder json = Jsons.object();
    frame.about().ifPresent(caseId -> json.add("case", caseId.toString()));
    if (frame instanceof LiveFrame.Listening) {
      json.add("type", "listening");
    } else if (frame instanceof LiveFrame.Welcome) {
      json.add("type", "welcome");
    } else if (frame instanceof LiveFrame.Gone) {
      json.add("type", "gone");
    } else if (frame instanceof LiveFrame.NoticesChanged) {
      json.add("type", "notices");
    } else if (frame instanceof LiveFrame.Values values) {
      JsonArrayBuilder list = Jsons.array();
      values.values().forEach(v -> list.add(CaseJson.field(v)));
      json.add("type", "values").add("values", list);
    } else if (frame instanceof LiveFrame.Presence presence) {
      JsonArrayBuilder list = Jsons.array();
      for (LiveFrame.Present present : presence.present()) {
        JsonObjectBuilder one =
            Jsons.object()
                .add("username", present.username().value())
                .add("agency", present.agency().value());
        present.editing().ifPresent(path -> one.add("editing", path.value()));
        list.add(one);
      }
      json.add("type", "presence").add("present", list);
    }
    return json.build().toString();
  }
}
