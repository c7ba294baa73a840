package se.knutpunkt.web.api.resources;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import se.knutpunkt.application.InvalidInputException;
import se.knutpunkt.application.live.LiveDelivery;
import se.knutpunkt.application.notice.NoticeService;
import se.knutpunkt.application.notice.NoticeView;
import se.knutpunkt.web.api.json.JsonInput;
import se.knutpunkt.web.api.json.Jsons;
import se.knutpunkt.web.auth.CurrentUser;

/**
 * The caller's notices (API.md {@code GET /notifications}), newest first, as the gate lets them
 * through: a hit, its category and confidence, the flagging agency, and which of the caller's own
 * cases matches.
 */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class NotificationResource {

  @Inject CurrentUser currentUser;
  @Inject NoticeService notices;
  @Inject LiveDelivery live;

  @GET
  public JsonArray mine() {
    JsonArrayBuilder list = Jsons.array();
    notices.inbox(currentUser.subject()).forEach(notice -> list.add(json(notice)));
    return list.build();
  }

  /**
   * A ticket to hear, live, that the caller has new notices (a {@code notices} frame, nothing
   * else): for clients that follow no case, as an ID-SPOC's inbox.
   */
  @POST
  @Path("live")
  public JsonObject listen(@Context UriInfo uriInfo) {
    String ticket = live.newsTicket(currentUser.subject());
    String base = uriInfo.getBaseUri().toString();
    String app = base.substring(0, base.indexOf("/api/"));
    return Jsons.object()
        .add("ticket", ticket)
        .add("url", app.replaceFirst("^http", "ws") + "/live?ticket=" + ticket)
        .build();
  }

  /** Whether the caller gets the morning mail with the number of unread notices. */
  @GET
  @Path("digest")
  public JsonObject digest() {
    return Jsons.object().add("daily", notices.wantsDigest(currentUser.subject())).build();
  }

  @PUT
  @Path("digest")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response chooseDigest(JsonObject body) {
    JsonInput input = JsonInput.of(body, "daily");
    notices.chooseDigest(currentUser.subject(), input.requiredBoolean("daily"));
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/read")
  public Response markRead(@PathParam("id") String id) {
    notices.markRead(currentUser.subject(), noticeId(id));
    return Response.noContent().build();
  }

  private static long noticeId(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("id", "notice.unknown", id);
    }
  }

  static JsonObject json(NoticeView notice) {
    JsonObjectBuilder json =
        Jsons.object()
            .add("id", notice.id())
            .add("kind", notice.kind().name())
            .add("at", notice.at().toInstant().toString())
            .add("read", notice.read())
            .add("inbox", notice.toSpocInbox() ? "ID_SPOC" : "PERSONAL")
            .add("contact", "ID-SPOC " + notice.agency().value());
    notice.caseId().ifPresent(id -> json.add("caseId", id.toString()));
    notice.watched().ifPresent(w -> json.add("watched", w));
    notice.category().ifPresent(c -> json.add("category", c.name()));
    notice.confidence().ifPresent(c -> json.add("confidence", c.name()));
    if (notice.invitationId().isPresent() || notice.disclosureId().isPresent()) {
      // about sharing: the agency on the invitation's or the request's other side
      json.add("agency", notice.agency().value());
      notice.invitationId().ifPresent(id -> json.add("invitationId", id));
      notice.disclosureId().ifPresent(id -> json.add("disclosureRequestId", id));
    } else {
      notice
          .examinationResult()
          .ifPresentOrElse(
              r -> json.add("result", r.name()).add("examiningAgency", notice.agency().value()),
              () -> json.add("flaggingAgency", notice.agency().value()));
    }
    if (notice.caseId().isPresent()) {
      notice
          .caseTitle()
          .ifPresentOrElse(
              t -> json.add("caseTitle", t),
              () -> json.addNull("caseTitle").add("caseTitleRedacted", true));
    }
    return json.build();
  }
}
