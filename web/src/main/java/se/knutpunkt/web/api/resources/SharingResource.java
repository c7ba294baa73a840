package se.knutpunkt.web.api.resources;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.knutpunkt.application.CaseNotFoundException;
import se.knutpunkt.application.NotFoundException;
import se.knutpunkt.application.sharing.DisclosureService;
import se.knutpunkt.application.sharing.DisclosureView;
import se.knutpunkt.application.sharing.InvitationDraft;
import se.knutpunkt.application.sharing.InvitationService;
import se.knutpunkt.application.sharing.InvitationView;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.CaseSection;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.sharing.LegalBasis;
import se.knutpunkt.domain.sharing.SharingGrounds;
import se.knutpunkt.domain.user.Username;
import se.knutpunkt.web.api.json.JsonInput;
import se.knutpunkt.web.api.json.SharingJson;
import se.knutpunkt.web.api.problem.ProblemException;
import se.knutpunkt.web.auth.CurrentUser;

/**
 * Sharing a case with other agencies (API.md): invitations and their answers, revocation, the
 * ID-SPOC inbox, disclosure requests and their decisions, and a case's sharing history.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class SharingResource {

  /** An end given as a date runs to the end of that day where the agencies work. */
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private static final String[] GROUNDS = {"legalBasis", "needsTest", "balancing", "consent"};

  @Inject CurrentUser currentUser;
  @Inject InvitationService invitations;
  @Inject DisclosureService disclosures;

  /** {@code POST /cases/{id}/invitations}, routed here by {@link CaseResource}. */
  Response invite(String id, JsonObject body, UriInfo uriInfo) {
    JsonInput input =
        JsonInput.of(
            body,
            "agency",
            "sections",
            "legalBasis",
            "purpose",
            "expiresAt",
            "needsTest",
            "balancing",
            "consent");
    AgencyCode agency = input.parse("agency", input.requiredString("agency"), AgencyCode::of);
    Set<CaseSection> sections = EnumSet.noneOf(CaseSection.class);
    for (String code : input.requiredStrings("sections")) {
      sections.add(
          CaseSection.fromCode(code)
              .orElseThrow(
                  () ->
                      ProblemException.badRequest(
                          "sections",
                          "'"
                              + code
                              + "' is not a section; sections are "
                              + CaseSection.codes()
                              + ".")));
    }
    InvitationDraft draft =
        new InvitationDraft(
            agency,
            sections,
            input.requiredString("purpose"),
            grounds(input),
            expiresAt(input.requiredString("expiresAt")));
    InvitationView invitation = invitations.invite(currentUser.subject(), caseId(id), draft);
    return Response.created(
            uriInfo.getBaseUriBuilder().path("invitations").path(invitation.id()).build())
        .entity(SharingJson.invitation(invitation))
        .build();
  }

  /** {@code GET /cases/{id}/sharing}, routed here by {@link CaseResource}. */
  JsonObject history(String id) {
    return SharingJson.history(invitations.history(currentUser.subject(), caseId(id)));
  }

  @GET
  @Path("spoc-inbox")
  public JsonObject inbox() {
    return SharingJson.inbox(invitations.inbox(currentUser.subject()));
  }

  @POST
  @Path("invitations/{id}/accept")
  public JsonObject accept(@PathParam("id") String id, JsonObject body) {
    JsonInput input = JsonInput.of(body, "members");
    List<Username> members =
        input.requiredStrings("members").stream()
            .map(name -> input.parse("members", name, Username::of))
            .toList();
    return SharingJson.invitation(
        invitations.accept(currentUser.subject(), invitationId(id), members));
  }

  @POST
  @Path("invitations/{id}/decline")
  public JsonObject decline(@PathParam("id") String id, JsonObject body) {
    JsonInput input = JsonInput.of(body, "reason");
    return SharingJson.invitation(
        invitations.decline(
            currentUser.subject(), invitationId(id), input.requiredString("reason")));
  }

  @DELETE
  @Path("invitations/{id}")
  public JsonObject revoke(@PathParam("id") String id) {
    return SharingJson.invitation(invitations.revoke(currentUser.subject(), invitationId(id)));
  }

  /** {@code POST /cases/{id}/disclosure-requests}, routed here by {@link CaseResource}. */
  Response requestDisclosure(String id, JsonObject body, UriInfo uriInfo) {
    JsonInput input = JsonInput.of(body, "path", "reason");
    FieldPath path = input.parse("path", input.requiredString("path"), FieldPath::of);
    DisclosureView request =
        disclosures.request(
            currentUser.subject(), caseId(id), path, input.requiredString("reason"));
    return Response.created(
            uriInfo.getBaseUriBuilder().path("disclosure-requests").path(request.id()).build())
        .entity(SharingJson.disclosure(request))
        .build();
  }

  @POST
  @Path("disclosure-requests/{id}/decide")
  public JsonObject decide(@PathParam("id") String id, JsonObject body) {
    JsonInput input =
        JsonInput.of(body, "grant", "legalBasis", "needsTest", "balancing", "consent", "reason");
    String requestId = requestId(id);
    if (input.requiredBoolean("grant")) {
      return SharingJson.disclosure(
          disclosures.grant(currentUser.subject(), requestId, grounds(input)));
    }
    return SharingJson.disclosure(
        disclosures.deny(currentUser.subject(), requestId, input.requiredString("reason")));
  }

  private static SharingGrounds grounds(JsonInput input) {
    String code = input.requiredString(GROUNDS[0]);
    LegalBasis basis =
        LegalBasis.fromCode(code)
            .orElseThrow(
                () ->
                    ProblemException.badRequest(
                        "legalBasis",
                        "'"
                            + code
                            + "' is not a legal basis; bases are "
                            + String.join(
                                ", ",
                                java.util.Arrays.stream(LegalBasis.values())
                                    .map(LegalBasis::code)
                                    .toList())
                            + "."));
    return new SharingGrounds(
        basis,
        input.optionalString(GROUNDS[1]),
        input.optionalString(GROUNDS[2]),
        input.optionalString(GROUNDS[3]));
  }

  /** An instant with its offset, or a date: the invitation then runs to the end of that day. */
  private static OffsetDateTime expiresAt(String text) {
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException notAnInstant) {
      try {
        return LocalDate.parse(text).plusDays(1).atStartOfDay(SWEDEN).toOffsetDateTime();
      } catch (DateTimeParseException notADate) {
        throw ProblemException.badRequest(
            "expiresAt",
            "'expiresAt' is a date (YYYY-MM-DD) or an instant with its offset"
                + " (2027-01-31T17:00:00+01:00).");
      }
    }
  }

  private static CaseId caseId(String text) {
    return CaseId.parse(text).orElseThrow(CaseNotFoundException::new);
  }

  private static String invitationId(String text) {
    return uuid(text, "invitation");
  }

  private static String requestId(String text) {
    return uuid(text, "disclosure request");
  }

  /** An id that is no id at all names nothing the caller may know of. */
  private static String uuid(String text, String what) {
    try {
      return UUID.fromString(text).toString();
    } catch (IllegalArgumentException e) {
      throw new NotFoundException(what);
    }
  }
}
