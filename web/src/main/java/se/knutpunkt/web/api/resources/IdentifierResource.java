package se.knutpunkt.web.api.resources;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.knutpunkt.application.identifier.IdentifierService;
import se.knutpunkt.domain.identifier.IdentifierValidation;
import se.knutpunkt.web.api.json.JsonInput;
import se.knutpunkt.web.api.json.Jsons;
import se.knutpunkt.web.auth.CurrentUser;

@Path("identifiers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class IdentifierResource {

  @Inject CurrentUser currentUser;
  @Inject IdentifierService identifiers;

  @POST
  @Path("validate")
  public JsonObject validate(JsonObject body) {
    String value = JsonInput.of(body, "value").requiredString("value");
    IdentifierValidation validation = identifiers.validate(currentUser.subject(), value);
    JsonObjectBuilder json = Jsons.object().add("valid", validation.isValid());
    validation
        .identifier()
        .ifPresentOrElse(
            id -> json.add("type", id.type().name()).add("normalized", id.normalized()),
            () -> json.addNull("type").addNull("normalized"));
    validation
        .rejection()
        .ifPresent(r -> json.add("reason", r.detail()).add("reasonCode", r.code()));
    return json.build();
  }
}
