package se.knutpunkt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.knutpunkt.it.support.Api;
import se.knutpunkt.it.support.Deployments;

/**
 * Sharing a case across agencies through the API, every step and every refusal: petter (ID-SPOC of
 * PMY) invites MIG to two sections on stated grounds; magnus (ID-SPOC of MIG) finds it in his inbox
 * and accepts with maria; maria sees those sections only, asks for a withheld value, petter grants
 * it and maria sees exactly that version; petter revokes and maria loses the case. Each refusal
 * answers with a clear 4xx and leaves everything as it was.
 */
@ExtendWith(ArquillianExtension.class)
class SharingApiIT {

  private static final String SECRET_SUMMARY = "Misstänkt bedrägeri via ombud i Malmö";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.knutpunkt();
  }

  private static String in30Days() {
    return LocalDate.now().plusDays(30).toString();
  }

  /** A case of petter's with a title, a secret summary for PMY only, and a note. */
  private static String petterCase(String title) {
    Api petter = Api.as("petter.pmy");
    Api.Response created =
        petter.post("/cases", "{\"title\":\"" + title + "\",\"type\":\"IDENTITETSMISSBRUK\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.json().getString("id");
    Api.Response summary =
        petter.put(
            "/cases/" + id + "/fields/overview.summary",
            "{\"value\":\""
                + SECRET_SUMMARY
                + "\",\"baseVersion\":0,\"marking\":{\"level\":\"CONFIDENTIAL\","
                + "\"legalReference\":\"OSL 35 kap. 1 §\",\"releasable\":[\"PMY\"]}}");
    assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
    Api.Response note =
        petter.put(
            "/cases/" + id + "/fields/notes.n1.text",
            "{\"value\":\"Intern anteckning\",\"baseVersion\":0}");
    assertThat(note.status()).as(note.toString()).isEqualTo(200);
    return id;
  }

  private static String invitationBody(String agency, String sections, String basis) {
    return "{\"agency\":\""
        + agency
        + "\",\"sections\":"
        + sections
        + ",\"legalBasis\":\""
        + basis
        + "\",\"purpose\":\"Utreda kapad identitet vid ansökan om uppehållstillstånd\","
        + "\"needsTest\":\"MIG behöver personuppgifterna för att pröva ansökan\","
        + "\"expiresAt\":\""
        + in30Days()
        + "\"}";
  }

  private static JsonObject field(Api.Response caseView, String path) {
    return caseView.json().getJsonArray("fields").stream()
        .map(JsonValue::asJsonObject)
        .filter(f -> f.getString("path").equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + path + " in " + caseView));
  }

  private static Optional<JsonObject> awaitNotice(Api api, Predicate<JsonObject> wanted) {
    Instant until = Instant.now().plus(Duration.ofSeconds(15));
    do {
      Optional<JsonObject> found =
          api.get("/notifications").array().stream()
              .map(JsonValue::asJsonObject)
              .filter(wanted)
              .findFirst();
      if (found.isPresent()) {
        return found;
      }
      sleep(150);
    } while (Instant.now().isBefore(until));
    return Optional.empty();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static List<String> pendingInvitationIds(Api spoc) {
    Api.Response inbox = spoc.get("/spoc-inbox");
    assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
    return inbox.json().getJsonArray("invitations").stream()
        .map(v -> v.asJsonObject().getString("id"))
        .toList();
  }

  @Test
  void theWholeCycleInviteAcceptAskGrantRevoke() {
    Api petter = Api.as("petter.pmy");
    Api magnus = Api.as("magnus.mig");
    Api maria = Api.as("maria.mig");
    String id = petterCase("Kapad identitet Malmö");

    Api.Response sent =
        petter.post(
            "/cases/" + id + "/invitations",
            invitationBody("MIG", "[\"overview\",\"persons\"]", "LUB_2025_170"));
    assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
    assertThat(sent.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/invitations/"));
    String invitation = sent.json().getString("id");
    assertThat(sent.json().getString("state")).isEqualTo("PENDING");
    assertThat(sent.json().getString("legalBasis")).isEqualTo("LUB_2025_170");
    assertThat(maria.get("/cases/" + id).status()).as("not before acceptance").isEqualTo(404);

    assertThat(pendingInvitationIds(magnus)).contains(invitation);
    JsonObject received =
        awaitNotice(magnus, n -> invitation.equals(n.getString("invitationId", null)))
            .orElseThrow(() -> new AssertionError("magnus got no notice of the invitation"));
    assertThat(received.getString("kind")).isEqualTo("INVITATION_RECEIVED");
    assertThat(received.getString("inbox")).isEqualTo("ID_SPOC");
    assertThat(received.getString("agency")).isEqualTo("PMY");
    assertThat(received.toString()).doesNotContain("Kapad identitet Malmö");

    Api.Response accepted =
        magnus.post("/invitations/" + invitation + "/accept", "{\"members\":[\"maria.mig\"]}");
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    assertThat(accepted.json().getString("state")).isEqualTo("ACCEPTED");
    assertThat(pendingInvitationIds(magnus)).doesNotContain(invitation);
    assertThat(
            awaitNotice(
                petter,
                n ->
                    invitation.equals(n.getString("invitationId", null))
                        && n.getString("kind").equals("INVITATION_ACCEPTED")))
        .isPresent();

    Api.Response seen = maria.get("/cases/" + id);
    assertThat(seen.status()).as(seen.toString()).isEqualTo(200);
    assertThat(seen.json().getString("title")).isEqualTo("Kapad identitet Malmö");
    JsonObject summary = field(seen, "overview.summary");
    assertThat(summary.getBoolean("redacted")).isTrue();
    assertThat(summary.getInt("version")).isEqualTo(1);
    assertThat(seen.toString()).doesNotContain(SECRET_SUMMARY).doesNotContain("Intern anteckning");
    assertThat(field(seen, "notes.n1.text").containsKey("version"))
        .as("outside the scope: path and marking only")
        .isFalse();
    assertThat(seen.json().getJsonObject("may").getJsonArray("writeSections").toString())
        .contains("overview")
        .contains("persons")
        .doesNotContain("notes");

    Api.Response visible =
        maria.post(
            "/cases/" + id + "/disclosure-requests",
            "{\"path\":\"overview.title\",\"reason\":\"Behöver titeln\"}");
    assertThat(visible.status()).as("maria sees the title already").isEqualTo(403);
    assertThat(visible.json().getString("reason")).isEqualTo("ALREADY_RELEASED");

    Api.Response asked =
        maria.post(
            "/cases/" + id + "/disclosure-requests",
            "{\"path\":\"overview.summary\",\"reason\":\"Sammanfattningen behövs för beslutet\"}");
    assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
    String request = asked.json().getString("id");
    assertThat(asked.json().getInt("version")).isEqualTo(1);
    assertThat(asked.toString()).doesNotContain(SECRET_SUMMARY);
    assertThat(
            maria
                .post(
                    "/cases/" + id + "/disclosure-requests",
                    "{\"path\":\"overview.summary\",\"reason\":\"igen\"}")
                .status())
        .as("asked once already")
        .isEqualTo(409);
    assertThat(
            awaitNotice(
                petter,
                n ->
                    request.equals(n.getString("disclosureRequestId", null))
                        && n.getString("kind").equals("DISCLOSURE_REQUESTED")))
        .isPresent();
    assertThat(petter.get("/spoc-inbox").json().getJsonArray("disclosureRequests").toString())
        .contains(request);

    Api.Response byMaria =
        maria.post(
            "/disclosure-requests/" + request + "/decide",
            "{\"grant\":true,\"legalBasis\":\"OSL_10_15A\",\"needsTest\":\"x\"}");
    assertThat(byMaria.status()).as("the requester does not decide").isEqualTo(403);
    Api.Response withoutNeedsTest =
        petter.post(
            "/disclosure-requests/" + request + "/decide",
            "{\"grant\":true,\"legalBasis\":\"OSL_10_27\",\"needsTest\":\"Behövs för beslutet\"}");
    assertThat(withoutNeedsTest.status()).as("10:27 demands a balancing").isEqualTo(400);
    assertThat(withoutNeedsTest.json().getString("field")).isEqualTo("balancing");
    assertThat(maria.get("/cases/" + id).toString()).doesNotContain(SECRET_SUMMARY);

    Api.Response granted =
        petter.post(
            "/disclosure-requests/" + request + "/decide",
            "{\"grant\":true,\"legalBasis\":\"OSL_10_15A\","
                + "\"needsTest\":\"MIG behöver sammanfattningen för att pröva ansökan\"}");
    assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
    assertThat(granted.json().getString("state")).isEqualTo("GRANTED");
    assertThat(
            petter
                .post(
                    "/disclosure-requests/" + request + "/decide",
                    "{\"grant\":false,\"reason\":\"ändrat mig\"}")
                .status())
        .as("decided once")
        .isEqualTo(409);
    assertThat(field(maria.get("/cases/" + id), "overview.summary").getString("value"))
        .isEqualTo(SECRET_SUMMARY);
    assertThat(
            awaitNotice(
                maria,
                n ->
                    request.equals(n.getString("disclosureRequestId", null))
                        && n.getString("kind").equals("DISCLOSURE_GRANTED")))
        .isPresent();

    Api.Response rewritten =
        petter.put(
            "/cases/" + id + "/fields/overview.summary",
            "{\"value\":\"Ny sammanfattning\",\"baseVersion\":1,\"marking\":{\"level\":\"CONFIDENTIAL\","
                + "\"legalReference\":\"OSL 35 kap. 1 §\",\"releasable\":[\"PMY\"]}}");
    assertThat(rewritten.status()).as(rewritten.toString()).isEqualTo(200);
    Api.Response afterRewrite = maria.get("/cases/" + id);
    assertThat(field(afterRewrite, "overview.summary").getBoolean("redacted"))
        .as("the grant released version 1 only")
        .isTrue();
    assertThat(afterRewrite.toString()).doesNotContain("Ny sammanfattning");

    Api.Response history = petter.get("/cases/" + id + "/sharing");
    assertThat(history.status()).as(history.toString()).isEqualTo(200);
    JsonObject shared = history.json().getJsonArray("invitations").getJsonObject(0);
    assertThat(shared.getString("state")).isEqualTo("ACCEPTED");
    assertThat(shared.getString("answeredBy")).isEqualTo("magnus.mig");
    assertThat(shared.getJsonArray("members").toString()).contains("maria.mig");
    JsonObject decision = history.json().getJsonArray("disclosureRequests").getJsonObject(0);
    assertThat(decision.getString("state")).isEqualTo("GRANTED");
    assertThat(decision.getString("legalBasis")).isEqualTo("OSL_10_15A");
    assertThat(decision.getString("decidedBy")).isEqualTo("petter.pmy");
    assertThat(maria.get("/cases/" + id + "/sharing").status())
        .as("the history is the owner agency's")
        .isEqualTo(403);

    assertThat(magnus.delete("/invitations/" + invitation).status())
        .as("only the owner revokes")
        .isEqualTo(403);
    Api.Response revoked = petter.delete("/invitations/" + invitation);
    assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
    assertThat(revoked.json().getString("state")).isEqualTo("REVOKED");
    assertThat(maria.get("/cases/" + id).status()).isEqualTo(404);
    assertThat(petter.delete("/invitations/" + invitation).status()).isEqualTo(409);
    Api.Response late =
        magnus.post("/invitations/" + invitation + "/accept", "{\"members\":[\"maria.mig\"]}");
    assertThat(late.status()).as("a revoked invitation cannot be accepted").isEqualTo(409);
    assertThat(
            awaitNotice(
                magnus,
                n ->
                    invitation.equals(n.getString("invitationId", null))
                        && n.getString("kind").equals("INVITATION_REVOKED")))
        .isPresent();
  }

  @Test
  void badInvitationsAreRefusedWithAClearErrorAndNothingIsSent() {
    Api petter = Api.as("petter.pmy");
    String id = petterCase("Felaktiga inbjudningar");
    String path = "/cases/" + id + "/invitations";
    Api.Response own = petter.post(path, invitationBody("PMY", "[\"overview\"]", "OSL_10_15A"));
    assertThat(own.status()).isEqualTo(403);
    assertThat(own.json().getString("reason")).isEqualTo("INVITING_OWN_AGENCY");
    assertThat(petter.post(path, invitationBody("XYZ", "[\"overview\"]", "OSL_10_15A")).status())
        .isEqualTo(400);
    assertThat(petter.post(path, invitationBody("mig!", "[\"overview\"]", "OSL_10_15A")).status())
        .isEqualTo(400);
    Api.Response noSections = petter.post(path, invitationBody("MIG", "[]", "OSL_10_15A"));
    assertThat(noSections.status()).isEqualTo(400);
    assertThat(noSections.json().getString("field")).isEqualTo("sections");
    assertThat(petter.post(path, invitationBody("MIG", "[\"kitchen\"]", "OSL_10_15A")).status())
        .isEqualTo(400);
    assertThat(petter.post(path, invitationBody("MIG", "[\"overview\"]", "LAG_1734")).status())
        .isEqualTo(400);
    Api.Response past =
        petter.post(
            path,
            invitationBody("MIG", "[\"overview\"]", "OSL_10_15A")
                .replace(in30Days(), LocalDate.now().minusDays(1).toString()));
    assertThat(past.status()).isEqualTo(400);
    assertThat(past.json().getString("field")).isEqualTo("expiresAt");
    Api.Response noBasis =
        petter.post(
            path,
            "{\"agency\":\"MIG\",\"sections\":[\"overview\"],\"purpose\":\"p\",\"expiresAt\":\""
                + in30Days()
                + "\"}");
    assertThat(noBasis.status()).isEqualTo(400);
    assertThat(noBasis.json().getString("field")).isEqualTo("legalBasis");
    Api.Response noBalancing =
        petter.post(path, invitationBody("MIG", "[\"overview\"]", "OSL_10_27"));
    assertThat(noBalancing.status()).isEqualTo(400);
    assertThat(noBalancing.json().getString("field")).isEqualTo("balancing");
    Api.Response noNeedsTest =
        petter.post(
            path,
            invitationBody("MIG", "[\"overview\"]", "OSL_10_15A")
                .replace(
                    "\"needsTest\":\"MIG behöver personuppgifterna för att pröva ansökan\",", ""));
    assertThat(noNeedsTest.status()).isEqualTo(400);
    assertThat(noNeedsTest.json().getString("field")).isEqualTo("needsTest");
    Api.Response nul =
        petter.post(
            path,
            invitationBody("MIG", "[\"overview\"]", "OSL_10_15A")
                .replace("Utreda kapad", "Utreda\\u0000kapad"));
    assertThat(nul.status()).isEqualTo(400);
    assertThat(nul.json().getString("field")).isEqualTo("purpose");
    Api.Response tooLong =
        petter.post(
            path,
            invitationBody("MIG", "[\"overview\"]", "OSL_10_15A")
                .replace("Utreda kapad", "x".repeat(2100)));
    assertThat(tooLong.status()).isEqualTo(400);
    Api.Response notSpoc =
        Api.as("anna.pmy").post(path, invitationBody("MIG", "[\"overview\"]", "OSL_10_15A"));
    assertThat(notSpoc.status()).as("anna is no member and no SPOC").isEqualTo(404);
    Api.Response otherSpoc =
        Api.as("stig.skv").post(path, invitationBody("MIG", "[\"overview\"]", "OSL_10_15A"));
    assertThat(otherSpoc.status()).isEqualTo(404);

    Api.Response history = petter.get("/cases/" + id + "/sharing");
    assertThat(history.json().getJsonArray("invitations")).as("nothing was sent").isEmpty();

    Api.Response first = petter.post(path, invitationBody("MIG", "[\"overview\"]", "OSL_10_15A"));
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(petter.post(path, invitationBody("MIG", "[\"persons\"]", "OSL_10_15A")).status())
        .as("one waits already")
        .isEqualTo(409);
    assertThat(petter.get("/cases/" + id + "/sharing").json().getJsonArray("invitations"))
        .hasSize(1);
  }

  @Test
  void onlyTheInvitedAgencysSpocAnswersOnceWithItsOwnCaseWorkers() {
    Api petter = Api.as("petter.pmy");
    Api magnus = Api.as("magnus.mig");
    String id = petterCase("Svar på inbjudan");
    String invitation =
        petter
            .post(
                "/cases/" + id + "/invitations",
                invitationBody("MIG", "[\"overview\"]", "OSL_10_15A"))
            .json()
            .getString("id");
    String accept = "/invitations/" + invitation + "/accept";

    assertThat(Api.as("maria.mig").post(accept, "{\"members\":[\"maria.mig\"]}").status())
        .as("maria is no SPOC")
        .isEqualTo(404);
    assertThat(Api.as("stig.skv").post(accept, "{\"members\":[\"sara.skv\"]}").status())
        .as("SKV is not invited: the invitation is none of stig's")
        .isEqualTo(404);
    assertThat(petter.post(accept, "{\"members\":[\"petter.pmy\"]}").status())
        .as("the inviter does not answer")
        .isEqualTo(403);
    Api.Response otherAgency = magnus.post(accept, "{\"members\":[\"sara.skv\"]}");
    assertThat(otherAgency.status()).isEqualTo(403);
    assertThat(otherAgency.json().getString("reason")).isEqualTo("MEMBER_OF_OTHER_AGENCY");
    Api.Response auditor = magnus.post(accept, "{\"members\":[\"maria.mig\",\"alva.pmy\"]}");
    assertThat(auditor.status()).isEqualTo(403);
    assertThat(magnus.post(accept, "{\"members\":[]}").status()).isEqualTo(400);
    assertThat(magnus.post(accept, "{\"members\":[\"no.such.user\"]}").status()).isEqualTo(400);
    assertThat(magnus.post(accept, "{\"members\":\"maria.mig\"}").status()).isEqualTo(400);
    assertThat(
            magnus.post("/invitations/not-an-id/accept", "{\"members\":[\"maria.mig\"]}").status())
        .isEqualTo(404);
    assertThat(Api.as("maria.mig").get("/cases/" + id).status())
        .as("no refusal let anyone in")
        .isEqualTo(404);
    assertThat(pendingInvitationIds(magnus)).contains(invitation);

    assertThat(
            magnus.post("/invitations/" + invitation + "/decline", "{\"reason\":\" \"}").status())
        .as("a decline says why")
        .isEqualTo(400);
    Api.Response declined =
        magnus.post(
            "/invitations/" + invitation + "/decline",
            "{\"reason\":\"Vi har inga uppgifter om personen\"}");
    assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
    assertThat(declined.json().getString("state")).isEqualTo("DECLINED");
    assertThat(magnus.post(accept, "{\"members\":[\"maria.mig\"]}").status()).isEqualTo(409);
    assertThat(
            magnus
                .post("/invitations/" + invitation + "/decline", "{\"reason\":\"igen\"}")
                .status())
        .isEqualTo(409);
    assertThat(petter.delete("/invitations/" + invitation).status())
        .as("a declined invitation is over")
        .isEqualTo(409);
    JsonObject shown =
        petter.get("/cases/" + id + "/sharing").json().getJsonArray("invitations").getJsonObject(0);
    assertThat(shown.getString("state")).isEqualTo("DECLINED");
    assertThat(shown.getString("declineReason")).isEqualTo("Vi har inga uppgifter om personen");
  }

  @Test
  void theInvitedSpocManagesItsOwnAgencysMembersOnTheInvitationsTerms() {
    Api petter = Api.as("petter.pmy");
    Api magnus = Api.as("magnus.mig");
    String id = petterCase("Medlemmar från MIG");
    String invitation =
        petter
            .post(
                "/cases/" + id + "/invitations",
                invitationBody("MIG", "[\"overview\"]", "OSL_10_15A"))
            .json()
            .getString("id");
    assertThat(
            magnus
                .post("/invitations/" + invitation + "/accept", "{\"members\":[\"maria.mig\"]}")
                .status())
        .isEqualTo(200);
    assertThat(magnus.post("/cases/" + id + "/members", "{\"username\":\"magnus.mig\"}").status())
        .isEqualTo(201);
    Api.Response skv = magnus.post("/cases/" + id + "/members", "{\"username\":\"sara.skv\"}");
    assertThat(skv.status()).isEqualTo(403);
    Api.Response pmy = magnus.post("/cases/" + id + "/members", "{\"username\":\"erik.pmy\"}");
    assertThat(pmy.status()).as("PMY's members are PMY's to manage").isEqualTo(403);
    Api.Response asMagnus = magnus.get("/cases/" + id);
    assertThat(asMagnus.status()).isEqualTo(200);
    assertThat(field(asMagnus, "notes.n1.text").containsKey("version"))
        .as("magnus joined on the invitation's scope")
        .isFalse();
    assertThat(magnus.delete("/cases/" + id + "/members/maria.mig").status()).isEqualTo(204);
    assertThat(Api.as("maria.mig").get("/cases/" + id).status()).isEqualTo(404);
    Api.Response asked =
        magnus.post(
            "/cases/" + id + "/disclosure-requests",
            "{\"path\":\"overview.summary\",\"reason\":\"Behövs\"}");
    assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
    assertThat(petter.delete("/invitations/" + invitation).status()).isEqualTo(200);
    assertThat(magnus.get("/cases/" + id).status()).isEqualTo(404);
    Api.Response late =
        petter.post(
            "/disclosure-requests/" + asked.json().getString("id") + "/decide",
            "{\"grant\":true,\"legalBasis\":\"OSL_10_15A\",\"needsTest\":\"x\"}");
    assertThat(late.status()).as("MIG left the case: its request lapsed").isEqualTo(409);
    assertThat(
            petter
                .get("/cases/" + id + "/sharing")
                .json()
                .getJsonArray("disclosureRequests")
                .getJsonObject(0)
                .getString("state"))
        .isEqualTo("LAPSED");
  }

  @Test
  void anInvitationEndsOnItsEndDateAndBothAgenciesAreTold() {
    Api petter = Api.as("petter.pmy");
    Api magnus = Api.as("magnus.mig");
    String id = petterCase("Kort samarbete");
    String soon = Instant.now().plusSeconds(6).toString();
    Api.Response sent =
        petter.post(
            "/cases/" + id + "/invitations",
            invitationBody("MIG", "[\"overview\"]", "OSL_10_15A").replace(in30Days(), soon));
    assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
    String invitation = sent.json().getString("id");
    assertThat(
            magnus
                .post("/invitations/" + invitation + "/accept", "{\"members\":[\"maria.mig\"]}")
                .status())
        .isEqualTo(200);
    assertThat(Api.as("maria.mig").get("/cases/" + id).status()).isEqualTo(200);

    JsonObject expired =
        awaitNotice(
                magnus,
                n ->
                    invitation.equals(n.getString("invitationId", null))
                        && n.getString("kind").equals("INVITATION_EXPIRED"))
            .orElseThrow(() -> new AssertionError("MIG was not told of the end"));
    assertThat(expired.getString("agency")).isEqualTo("PMY");
    assertThat(
            awaitNotice(
                petter,
                n ->
                    invitation.equals(n.getString("invitationId", null))
                        && n.getString("kind").equals("INVITATION_EXPIRED")))
        .isPresent();
    assertThat(Api.as("maria.mig").get("/cases/" + id).status()).isEqualTo(404);
    JsonObject shown =
        petter.get("/cases/" + id + "/sharing").json().getJsonArray("invitations").getJsonObject(0);
    assertThat(shown.getString("state")).isEqualTo("EXPIRED");
    assertThat(petter.delete("/invitations/" + invitation).status()).isEqualTo(409);
  }
}
