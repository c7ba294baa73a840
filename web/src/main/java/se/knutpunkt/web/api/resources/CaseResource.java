package se.knutpunkt.web.api.resources;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.knutpunkt.application.CaseNotFoundException;
import se.knutpunkt.application.casework.AddedItem;
import se.knutpunkt.application.casework.CaseService;
import se.knutpunkt.application.casework.NewValue;
import se.knutpunkt.application.live.LiveDelivery;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.CaseType;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.marking.Marking;
import se.knutpunkt.domain.user.Username;
import se.knutpunkt.security.policy.Subject;
import se.knutpunkt.web.api.json.CaseJson;
import se.knutpunkt.web.api.json.JsonInput;
import se.knutpunkt.web.api.json.Jsons;
import se.knutpunkt.web.api.json.MarkingJson;
import se.knutpunkt.web.auth.CurrentUser;

/** Cases, their fields and members. Thin: parsing here, every rule in the services. */
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class CaseResource {

  private static final String[] MARKING_FIELDS = {
    "level", "owner", "releasable", "legalReference", "handlingCode"
  };

  @Inject CurrentUser currentUser;
  @Inject CaseService cases;
  @Inject LiveDelivery live;
  @Inject SharingResource sharing;

  @POST
  public Response openCase(JsonObject body, @Context UriInfo uriInfo) {
    JsonInput input = JsonInput.of(body, "title", "type");
    String title = input.requiredString("title");
    CaseType type =
        input
            .optionalString("type")
            .map(text -> input.parse("type", text, CaseType::parse))
            .orElse(CaseType.IDENTITETSMISSBRUK);
    Subject subject = currentUser.subject();
    CaseId id = cases.openCase(subject, title, type);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(id.toString()).build())
        .entity(CaseJson.view(cases.open(subject, id)))
        .build();
  }

  @GET
  public JsonArray myCases() {
    JsonArrayBuilder list = Jsons.array();
    cases.myCases(currentUser.subject()).forEach(c -> list.add(CaseJson.summary(c)));
    return list.build();
  }

  @GET
  @Path("{id}")
  public JsonObject open(@PathParam("id") String id) {
    return CaseJson.view(cases.open(currentUser.subject(), caseId(id)));
  }

  @PUT
  @Path("{id}/fields/{path}")
  public JsonObject writeField(
      @PathParam("id") String id, @PathParam("path") String path, JsonObject body) {
    JsonInput input = JsonInput.of(body, "value", "baseVersion", "marking");
    String value = input.requiredString("value");
    long baseVersion = input.requiredLong("baseVersion");
    Subject subject = currentUser.subject();
    Optional<Marking> marking = marking(input, subject);
    CaseId caseId = caseId(id);
    long version = cases.writeField(subject, caseId, fieldPath(path), value, baseVersion, marking);
    return Jsons.object().add("path", path).add("version", version).build();
  }

  /**
   * Adds an item to a collection ({@code persons}, {@code notes}, {@code persons.<id>.identifiers}
   * ...): {@code {marking?, values: {name: text | {value, marking?}}}}.
   */
  @POST
  @Path("{id}/items/{collection}")
  public Response addItem(
      @PathParam("id") String id,
      @PathParam("collection") String collection,
      JsonObject body,
      @Context UriInfo uriInfo) {
    JsonInput input = JsonInput.of(body, "marking", "values");
    Subject subject = currentUser.subject();
    Optional<Marking> marking = marking(input, subject);
    Map<String, NewValue> values = newValues(input.requiredObject("values"), subject);
    CaseId caseId = caseId(id);
    AddedItem added = cases.addItem(subject, caseId, collection, marking, values);
    return created(uriInfo, caseId, added);
  }

  /**
   * API.md: adds a person with identifiers in one go: {@code {name, role?, marking?, identifiers:
   * [{value, identityLevel?, status?, marking?}]}}.
   */
  @POST
  @Path("{id}/persons")
  public Response addPerson(@PathParam("id") String id, JsonObject body, @Context UriInfo uriInfo) {
    JsonInput input = JsonInput.of(body, "name", "role", "marking", "identifiers");
    Subject subject = currentUser.subject();
    Map<String, NewValue> person = new LinkedHashMap<>();
    person.put("name", NewValue.of(input.requiredString("name")));
    input.optionalString("role").ifPresent(role -> person.put("role", NewValue.of(role)));
    List<CaseService.NewIdentifier> identifiers = new ArrayList<>();
    List<JsonInput> given =
        input.optionalObjects("identifiers", "value", "identityLevel", "status", "marking");
    for (JsonInput identifier : given) {
      Map<String, NewValue> values = new LinkedHashMap<>();
      values.put("number", NewValue.of(identifier.requiredString("value")));
      identifier
          .optionalString("identityLevel")
          .ifPresent(level -> values.put("identityLevel", NewValue.of(level)));
      identifier.optionalString("status").ifPresent(st -> values.put("status", NewValue.of(st)));
      identifiers.add(new CaseService.NewIdentifier(marking(identifier, subject), values));
    }
    CaseId caseId = caseId(id);
    AddedItem added =
        cases.addPerson(subject, caseId, marking(input, subject), person, identifiers);
    return created(uriInfo, caseId, added);
  }

  /**
   * Removes a value — an item with all it holds, or an optional value — as a versioned write:
   * {@code ?baseVersion=} names the version the removal is based on.
   */
  @DELETE
  @Path("{id}/fields/{path}")
  public JsonObject removeValue(
      @PathParam("id") String id,
      @PathParam("path") String path,
      @QueryParam("baseVersion") String baseVersion) {
    CaseId caseId = caseId(id);
    long version =
        cases.removeValue(
            currentUser.subject(),
            caseId,
            fieldPath(path),
            JsonInput.queryLong("baseVersion", baseVersion));
    return Jsons.object().add("path", path).add("version", version).add("removed", true).build();
  }

  /** The same removal, addressed as an item. */
  @DELETE
  @Path("{id}/items/{path}")
  public JsonObject removeItem(
      @PathParam("id") String id,
      @PathParam("path") String path,
      @QueryParam("baseVersion") String baseVersion) {
    return removeValue(id, path, baseVersion);
  }

  /**
   * A ticket to follow the case live: {@code {ticket, url}}; connect a WebSocket to {@code url}
   * within a minute. Each connection needs a ticket of its own.
   */
  @POST
  @Path("{id}/live")
  public JsonObject follow(@PathParam("id") String id, @Context UriInfo uriInfo) {
    CaseId caseId = caseId(id);
    String ticket = live.ticket(currentUser.subject(), caseId);
    String base = uriInfo.getBaseUri().toString();
    String app = base.substring(0, base.indexOf("/api/"));
    return Jsons.object()
        .add("ticket", ticket)
        .add("url", app.replaceFirst("^http", "ws") + "/live?ticket=" + ticket)
        .build();
  }

  @GET
  @Path("{id}/fields/{path}/history")
  public JsonArray history(@PathParam("id") String id, @PathParam("path") String path) {
    CaseId caseId = caseId(id);
    JsonArrayBuilder list = Jsons.array();
    cases
        .history(currentUser.subject(), caseId, fieldPath(path))
        .forEach(v -> list.add(CaseJson.version(v)));
    return list.build();
  }

  @POST
  @Path("{id}/invitations")
  public Response invite(@PathParam("id") String id, JsonObject body, @Context UriInfo uriInfo) {
    return sharing.invite(id, body, uriInfo);
  }

  @GET
  @Path("{id}/sharing")
  public JsonObject sharingHistory(@PathParam("id") String id) {
    return sharing.history(id);
  }

  @POST
  @Path("{id}/disclosure-requests")
  public Response requestDisclosure(
      @PathParam("id") String id, JsonObject body, @Context UriInfo uriInfo) {
    return sharing.requestDisclosure(id, body, uriInfo);
  }

  @POST
  @Path("{id}/members")
  public Response addMember(@PathParam("id") String id, JsonObject body, @Context UriInfo uriInfo) {
    JsonInput input = JsonInput.of(body, "username");
    Username username = input.parse("username", input.requiredString("username"), Username::of);
    CaseId caseId = caseId(id);
    cases.addMember(currentUser.subject(), caseId, username);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(username.value()).build())
        .entity(Jsons.object().add("username", username.value()).build())
        .build();
  }

  @DELETE
  @Path("{id}/members/{username}")
  public Response removeMember(@PathParam("id") String id, @PathParam("username") String username) {
    CaseId caseId = caseId(id);
    Username member;
    try {
      member = Username.of(username);
    } catch (IllegalArgumentException e) {
      throw new CaseNotFoundException();
    }
    cases.removeMember(currentUser.subject(), caseId, member);
    return Response.noContent().build();
  }

  private static Optional<Marking> marking(JsonInput input, Subject subject) {
    return input
        .optionalObject("marking", MARKING_FIELDS)
        .map(m -> MarkingJson.parse(m, subject.agency()));
  }

  /** {@code {name: text | {value, marking?}}}. */
  private static Map<String, NewValue> newValues(JsonInput values, Subject subject) {
    Map<String, NewValue> result = new LinkedHashMap<>();
    for (String name : values.names()) {
      Optional<JsonInput> detailed = values.objectIfObject(name, "value", "marking");
      if (detailed.isPresent()) {
        result.put(
            name,
            new NewValue(detailed.get().requiredString("value"), marking(detailed.get(), subject)));
      } else {
        result.put(name, NewValue.of(values.requiredString(name)));
      }
    }
    return result;
  }

  private static Response created(UriInfo uriInfo, CaseId caseId, AddedItem added) {
    JsonObjectBuilder versions = Jsons.object();
    added.versions().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> versions.add(e.getKey().value(), e.getValue()));
    return Response.created(
            uriInfo
                .getBaseUriBuilder()
                .path("cases")
                .path(caseId.toString())
                .path("fields")
                .path(added.path().value())
                .path("history")
                .build())
        .entity(
            Jsons.object()
                .add("id", added.id())
                .add("path", added.path().value())
                .add("versions", versions)
                .build())
        .build();
  }

  /** An id that is no case id at all is, to the caller, just a case that does not exist. */
  private static CaseId caseId(String text) {
    return CaseId.parse(text).orElseThrow(CaseNotFoundException::new);
  }

  private static FieldPath fieldPath(String text) {
    return JsonInput.parseValue("path", text, FieldPath::of);
  }
}
