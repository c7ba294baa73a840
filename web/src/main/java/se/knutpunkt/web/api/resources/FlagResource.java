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
import se.knutpunkt.application.misuse.FlagView;
import se.knutpunkt.application.misuse.MisuseFlagService;
import se.knutpunkt.domain.misuse.Confidence;
import se.knutpunkt.domain.misuse.Matchable;
import se.knutpunkt.domain.misuse.MisuseCategory;
import se.knutpunkt.web.api.json.FlagJson;
import se.knutpunkt.web.api.json.JsonInput;
import se.knutpunkt.web.api.json.Jsons;
import se.knutpunkt.web.auth.CurrentUser;

/**
 * Flags of suspected misuse (API.md {@code POST /flags}): on a personnummer, samordningsnummer or
 * organisationsnummer ({@code identifier}) or an identity document ({@code document: {country,
 * number}}), with a category and confidence (DOMAIN.md codes) and an optional comment for the
 * flagging agency's own eyes.
 */
@Path("flags")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class FlagResource {

  @Inject CurrentUser currentUser;
  @Inject MisuseFlagService flags;

  @POST
  public Response raise(JsonObject body, @Context UriInfo uriInfo) {
    JsonInput input =
        JsonInput.of(body, "identifier", "document", "category", "confidence", "comment");
    Matchable subject = subjectOf(input);
    MisuseCategory category =
        input.parse("category", input.requiredString("category"), MisuseCategory::valueOf);
    Confidence confidence =
        input.parse("confidence", input.requiredString("confidence"), Confidence::valueOf);
    FlagView flag =
        flags.raise(
            currentUser.subject(), subject, category, confidence, input.optionalString("comment"));
    return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(flag.id())).build())
        .entity(FlagJson.flag(flag))
        .build();
  }

  /** The flags of the caller's own agency, newest first. */
  @GET
  public JsonArray ofMyAgency() {
    JsonArrayBuilder list = Jsons.array();
    flags.ofMyAgency(currentUser.subject()).forEach(f -> list.add(FlagJson.flag(f)));
    return list.build();
  }

  /** Withdraws a flag of the caller's agency; everyone told of it is told it is withdrawn. */
  @DELETE
  @Path("{id}")
  public JsonObject withdraw(@PathParam("id") String id) {
    long flagId = JsonInput.parseValue("id", id, Long::parseLong);
    return FlagJson.flag(flags.withdraw(currentUser.subject(), flagId));
  }

  private Matchable subjectOf(JsonInput input) {
    return MatchableInput.of(input, flags);
  }
}
