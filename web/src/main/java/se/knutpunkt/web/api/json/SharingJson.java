package se.knutpunkt.web.api.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Optional;
import se.knutpunkt.application.sharing.DisclosureView;
import se.knutpunkt.application.sharing.InvitationView;
import se.knutpunkt.application.sharing.SharingHistory;
import se.knutpunkt.application.sharing.SpocInbox;
import se.knutpunkt.domain.casefile.CaseSection;
import se.knutpunkt.domain.sharing.SharingGrounds;

/** Invitations and disclosure requests as the API shows them. */
public final class SharingJson {

  private SharingJson() {}

  public static JsonObject invitation(InvitationView invitation) {
    JsonArrayBuilder sections = Jsons.array();
    invitation.scope().stream().sorted().map(CaseSection::code).forEach(sections::add);
    JsonArrayBuilder members = Jsons.array();
    invitation.joined().forEach(m -> members.add(m.value()));
    JsonObjectBuilder json =
        Jsons.object()
            .add("id", invitation.id())
            .add("caseId", invitation.caseId().toString())
            .add("ownerAgency", invitation.ownerAgency().value())
            .add("agency", invitation.invitedAgency().value())
            .add("sections", sections)
            .add("purpose", invitation.purpose())
            .add("expiresAt", invitation.expiresAt().toInstant().toString())
            .add("state", invitation.state().name())
            .add("invitedBy", invitation.invitedBy().value())
            .add("invitedAt", invitation.invitedAt().toInstant().toString())
            .add("members", members);
    grounds(json, invitation.grounds());
    invitation.answeredBy().ifPresent(by -> json.add("answeredBy", by.value()));
    invitation.answeredAt().ifPresent(at -> json.add("answeredAt", at.toInstant().toString()));
    invitation.declineReason().ifPresent(r -> json.add("declineReason", r));
    invitation.endedBy().ifPresent(by -> json.add("endedBy", by.value()));
    invitation.endedAt().ifPresent(at -> json.add("endedAt", at.toInstant().toString()));
    return json.build();
  }

  public static JsonObject disclosure(DisclosureView request) {
    JsonObjectBuilder json =
        Jsons.object()
            .add("id", request.id())
            .add("caseId", request.caseId().toString())
            .add("path", request.value().path().value())
            .add("version", request.value().version())
            .add("valueOwner", request.valueOwner().value())
            .add("requester", request.requester().value())
            .add("requesterAgency", request.requesterAgency().value())
            .add("reason", request.reason())
            .add("requestedAt", request.requestedAt().toInstant().toString())
            .add("state", request.state().name());
    request.decidedBy().ifPresent(by -> json.add("decidedBy", by.value()));
    request.decidedAt().ifPresent(at -> json.add("decidedAt", at.toInstant().toString()));
    request.grounds().ifPresent(g -> grounds(json, g));
    request.decisionReason().ifPresent(r -> json.add("decisionReason", r));
    return json.build();
  }

  public static JsonObject history(SharingHistory history) {
    JsonArrayBuilder invitations = Jsons.array();
    history.invitations().forEach(i -> invitations.add(invitation(i)));
    JsonArrayBuilder disclosures = Jsons.array();
    history.disclosures().forEach(d -> disclosures.add(disclosure(d)));
    return Jsons.object()
        .add("caseId", history.caseId().toString())
        .add("invitations", invitations)
        .add("disclosureRequests", disclosures)
        .build();
  }

  public static JsonObject inbox(SpocInbox inbox) {
    JsonArrayBuilder invitations = Jsons.array();
    inbox.invitations().forEach(i -> invitations.add(invitation(i)));
    JsonArrayBuilder disclosures = Jsons.array();
    inbox.disclosureRequests().forEach(d -> disclosures.add(disclosure(d)));
    JsonArrayBuilder workers = Jsons.array();
    inbox.caseWorkers().forEach(w -> workers.add(w.value()));
    return Jsons.object()
        .add("invitations", invitations)
        .add("disclosureRequests", disclosures)
        .add("caseWorkers", workers)
        .build();
  }

  private static void grounds(JsonObjectBuilder json, SharingGrounds grounds) {
    json.add("legalBasis", grounds.legalBasis().code());
    add(json, "needsTest", grounds.needsTest());
    add(json, "balancing", grounds.balancing());
    add(json, "consent", grounds.consent());
  }

  private static void add(JsonObjectBuilder json, String name, Optional<String> text) {
    text.ifPresent(t -> json.add(name, t));
  }
}
