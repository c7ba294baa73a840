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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import se.knutpunkt.application.misuse.DocumentRegistryService;
import se.knutpunkt.application.misuse.ExaminationView;
import se.knutpunkt.domain.casefile.DocumentType;
import se.knutpunkt.domain.misuse.ExaminationResult;
import se.knutpunkt.domain.misuse.Matchable;
import se.knutpunkt.web.api.json.JsonInput;
import se.knutpunkt.web.api.json.Jsons;
import se.knutpunkt.web.auth.CurrentUser;

/**
 * The shared registry of examined identity documents (API.md): record an examination, and ask
 * whether a document — by its exact issuing country and number — was examined before, by whom,
 * when, with what result. Never the case.
 */
@Path("identity-documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class IdentityDocumentResource {

  @Inject CurrentUser currentUser;
  @Inject DocumentRegistryService registry;

  @POST
  public Response record(JsonObject body) {
    JsonInput input =
        JsonInput.of(body, "type", "number", "country", "validUntil", "result", "examinedOn");
    String country = input.requiredString("country");
    String number = input.requiredString("number");
    Matchable.Document document =
        (Matchable.Document) input.parse("number", number, n -> Matchable.document(country, n));
    DocumentType type = input.parse("type", input.requiredString("type"), DocumentType::valueOf);
    ExaminationResult result =
        input.parse("result", input.requiredString("result"), ExaminationResult::valueOf);
    ExaminationView recorded =
        registry.record(
            currentUser.subject(),
            document,
            type,
            input
                .optionalString("validUntil")
                .map(d -> input.parse("validUntil", d, IdentityDocumentResource::date)),
            result,
            input
                .optionalString("examinedOn")
                .map(d -> input.parse("examinedOn", d, IdentityDocumentResource::date)));
    return Response.status(Response.Status.CREATED).entity(json(recorded)).build();
  }

  @GET
  public JsonArray search(
      @QueryParam("number") String number, @QueryParam("country") String country) {
    JsonArrayBuilder list = Jsons.array();
    registry.search(currentUser.subject(), country, number).forEach(e -> list.add(json(e)));
    return list.build();
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not a date in the form YYYY-MM-DD");
    }
  }

  static JsonObject json(ExaminationView examination) {
    JsonObjectBuilder json =
        Jsons.object()
            .add("type", examination.type().name())
            .add("result", examination.result().name())
            .add("agency", examination.agency().value())
            .add("examinedOn", examination.examinedOn().toString());
    examination.validUntil().ifPresent(d -> json.add("validUntil", d.toString()));
    return json.build();
  }
}
