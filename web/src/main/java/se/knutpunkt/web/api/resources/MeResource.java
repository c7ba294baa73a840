package se.knutpunkt.web.api.resources;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.knutpunkt.application.identity.SignInService;
import se.knutpunkt.security.policy.Subject;
import se.knutpunkt.web.api.json.Jsons;
import se.knutpunkt.web.auth.CurrentUser;

@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class MeResource {

  @Inject CurrentUser currentUser;
  @Inject SignInService signIns;

  @GET
  public JsonObject me() {
    Subject subject = currentUser.subject();
    signIns.toldWhoTheyAre(subject);
    JsonArrayBuilder roles = Jsons.array();
    subject.roles().stream().map(Enum::name).sorted().forEach(roles::add);
    JsonObjectBuilder json =
        Jsons.object()
            .add("username", subject.username().value())
            .add("agency", subject.agency().value())
            .add("roles", roles);
    subject
        .clearance()
        .ifPresentOrElse(c -> json.add("clearance", c.name()), () -> json.addNull("clearance"));
    return json.build();
  }
}
