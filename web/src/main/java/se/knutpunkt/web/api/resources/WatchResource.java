package se.knutpunkt.web.api.resources;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import se.knutpunkt.application.misuse.MisuseFlagService;
import se.knutpunkt.application.notice.WatchService;
import se.knutpunkt.domain.misuse.Matchable;
import se.knutpunkt.domain.notice.Watch;
import se.knutpunkt.web.api.json.JsonInput;
import se.knutpunkt.web.api.json.Jsons;
import se.knutpunkt.web.auth.CurrentUser;

/**
 * The caller's watches (bevakningar): {@code POST /watches {identifier | document: {country,
 * number}}}, {@code GET /watches}, {@code DELETE /watches/{id}}. A flag on a watched identifier
 * brings a notice (GET /notifications) naming the watch.
 */
@Path("watches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class WatchResource {

  @Inject CurrentUser currentUser;
  @Inject WatchService watches;
  @Inject MisuseFlagService flags;

  @POST
  public Response watch(JsonObject body, @Context UriInfo uriInfo) {
    JsonInput input = JsonInput.of(body, "identifier", "document");
    Watch watch = watches.watch(currentUser.subject(), watched(input));
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(Long.toString(watch.id())).build())
        .entity(json(watch))
        .build();
  }

  @GET
  public JsonArray mine() {
    JsonArrayBuilder list = Jsons.array();
    watches.mine(currentUser.subject()).forEach(w -> list.add(json(w)));
    return list.build();
  }

  @DELETE
  @Path("{id}")
  public Response stop(@PathParam("id") String id) {
    watches.stop(currentUser.subject(), JsonInput.parseValue("id", id, Long::parseLong));
    return Response.noContent().build();
  }

  private Matchable watched(JsonInput input) {
    return MatchableInput.of(input, flags);
  }

  private static JsonObject json(Watch watch) {
    return Jsons.object()
        .add("id", watch.id())
        .add("watched", watch.shown())
        .add("since", watch.createdAt().toInstant().toString())
        .build();
  }
}
