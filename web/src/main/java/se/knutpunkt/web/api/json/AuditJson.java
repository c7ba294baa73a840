package se.knutpunkt.web.api.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Optional;
import se.knutpunkt.application.audit.AuditEntryPage;
import se.knutpunkt.security.auditlog.leaf.AuditEvent;
import se.knutpunkt.security.auditlog.leaf.AuditLeaf;

/** Audit entries as API.md shows them, decoded from the signed leaves. */
public final class AuditJson {

  private AuditJson() {}

  public static JsonObject page(AuditEntryPage page) {
    JsonArrayBuilder entries = Jsons.array();
    page.entries()
        .forEach(
            e -> {
              JsonArrayBuilder markers = Jsons.array();
              page.markersOf(e).forEach(m -> markers.add(m.name()));
              entries.add(fields(e).add("markers", markers));
            });
    return Jsons.object()
        .add("entries", entries)
        .add("page", page.page())
        .add("total", page.total())
        .add("totalIsAtLeast", page.totalIsAtLeast())
        .build();
  }

  public static JsonObject entry(AuditLeaf leaf) {
    return fields(leaf).build();
  }

  private static JsonObjectBuilder fields(AuditLeaf leaf) {
    AuditEvent event = leaf.event();
    JsonObjectBuilder json =
        Jsons.object()
            .add("index", leaf.index().value())
            .add("at", event.at().toString())
            .add("actor", event.actor().username())
            .add("agency", event.actor().agency())
            .add("action", event.action().name())
            .add("outcome", event.outcome().name())
            .add("reason", event.reason());
    optional(json, "caseId", event.resource().caseId());
    optional(json, "resourceOwner", event.resource().ownerAgency());
    optional(json, "section", event.resource().section());
    optional(json, "path", event.resource().fieldPath());
    optional(json, "attachmentId", event.resource().attachmentId());
    optional(json, "requestId", event.requestId());
    optional(json, "clientAddress", event.clientAddress());
    JsonObjectBuilder details = Jsons.object();
    event.details().asMap().forEach(details::add);
    return json.add("details", details);
  }

  private static void optional(JsonObjectBuilder json, String name, Optional<String> value) {
    value.ifPresent(v -> json.add(name, v));
  }
}
