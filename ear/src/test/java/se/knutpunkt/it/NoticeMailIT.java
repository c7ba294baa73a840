package se.knutpunkt.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.knutpunkt.it.support.Api;
import se.knutpunkt.it.support.Deployments;

/**
 * The notice mail, through a real SMTP server (GreenMail, in this test's JVM, on the port the test
 * domain's mail session uses): a flag on an identifier in anna's case sends anna and erik a mail
 * that says there is a notice and where to read it — no identifier, no case, no category, no agency
 * — and nobody outside the case gets one.
 */
@ExtendWith(ArquillianExtension.class)
class NoticeMailIT {

  /** A samordningsnummer (1991-12-13, day + 60) with a valid check digit, used by no other test. */
  private static final String SAMORDNINGSNUMMER = "911273-4562";

  /** Another, for the digest: (1985-12-13, day + 60), valid check digit. */
  private static final String DIGEST_NUMBER = "851273-1236";

  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.knutpunkt();
  }

  @Test
  void aFlagSendsTheCasesMembersAMailThatSaysNothingButThatThereIsANotice() throws Exception {
    Api anna = Api.as("anna.pmy");
    String id =
        anna.post("/cases", "{\"title\":\"Bostadsbidrag i annans namn\",\"type\":\"TIPS\"}")
            .json()
            .getString("id");
    assertThat(anna.post("/cases/" + id + "/members", "{\"username\":\"erik.pmy\"}").status())
        .isEqualTo(201);
    assertThat(
            anna.post(
                    "/cases/" + id + "/persons",
                    "{\"name\":\"Okänd\",\"identifiers\":[{\"value\":\""
                        + SAMORDNINGSNUMMER
                        + "\"}]}")
                .status())
        .isEqualTo(201);

    Api.Response flagged =
        Api.as("sara.skv")
            .post(
                "/flags",
                "{\"identifier\":\""
                    + SAMORDNINGSNUMMER
                    + "\",\"category\":\"FELAKTIG_UTBETALNING\","
                    + "\"confidence\":\"MISSTANKT\",\"comment\":\"Utbetalning till annat konto\"}");
    assertThat(flagged.status()).as(flagged.toString()).isEqualTo(201);

    assertThat(MAIL.waitForIncomingEmail(15_000, 2)).as("mails to anna and erik").isTrue();
    MimeMessage[] received = MAIL.getReceivedMessages();
    List<String> to = Arrays.stream(received).flatMap(m -> Arrays.stream(recipients(m))).toList();
    assertThat(to).contains("anna.pmy@demo.knutpunkt.invalid", "erik.pmy@demo.knutpunkt.invalid");
    assertThat(to).noneMatch(a -> a.startsWith("sara") || a.startsWith("maria"));
    for (MimeMessage message : received) {
      String text = message.getSubject() + "\n" + message.getContent();
      assertThat(text)
          .contains("/notices.xhtml")
          .doesNotContain("911273")
          .doesNotContain("4562")
          .doesNotContain("Bostadsbidrag")
          .doesNotContain("FELAKTIG")
          .doesNotContain("SKV")
          .doesNotContain("konto")
          .doesNotContain(id);
    }
  }

  @Test
  void theDailyDigestTellsWhoChoseItHowManyNoticesAreUnreadAndNothingElse() throws Exception {
    Api anna = Api.as("anna.pmy");
    assertThat(anna.put("/notifications/digest", "{\"daily\":\"yes\"}").status()).isEqualTo(400);
    assertThat(anna.put("/notifications/digest", "{\"daily\":true}").status()).isEqualTo(204);
    assertThat(anna.get("/notifications/digest").json().getBoolean("daily")).isTrue();
    String id =
        anna.post("/cases", "{\"title\":\"Morgonbrevet\",\"type\":\"TIPS\"}")
            .json()
            .getString("id");
    assertThat(
            anna.post(
                    "/cases/" + id + "/persons",
                    "{\"name\":\"Okänd\",\"identifiers\":[{\"value\":\"" + DIGEST_NUMBER + "\"}]}")
                .status())
        .isEqualTo(201);
    assertThat(
            Api.as("maria.mig")
                .post(
                    "/flags",
                    "{\"identifier\":\""
                        + DIGEST_NUMBER
                        + "\",\"category\":\"OVRIGT\","
                        + "\"confidence\":\"MISSTANKT\"}")
                .status())
        .isEqualTo(201);
    try {
      // the test server sends the digest every minute (the launcher sets it for tests)
      MimeMessage digest = null;
      long until = System.nanoTime() + 100_000_000_000L;
      while (digest == null && System.nanoTime() < until) {
        MAIL.waitForIncomingEmail(5_000, 1);
        for (MimeMessage message : MAIL.getReceivedMessages()) {
          if (message.getSubject().contains("Olästa notiser")
              && Arrays.asList(recipients(message)).contains("anna.pmy@demo.knutpunkt.invalid")) {
            digest = message;
          }
        }
      }
      assertThat(digest).as("the digest reached anna within 100 s").isNotNull();
      String text = String.valueOf(digest.getContent());
      assertThat(text)
          .containsPattern("Du har [1-9][0-9]* olästa notiser")
          .contains("/notices.xhtml")
          .doesNotContain("Morgonbrevet")
          .doesNotContain("OVRIGT")
          .doesNotContain("MIG")
          .doesNotContain(DIGEST_NUMBER.substring(0, 6));
    } finally {
      anna.put("/notifications/digest", "{\"daily\":false}");
    }
  }

  @Test
  void anInvitationSendsTheInvitedAgencysSpocsAMailThatSaysNothingOfTheCase() throws Exception {
    // magnus is known to Knutpunkt (and so reachable) once he has called it
    assertThat(Api.as("magnus.mig").get("/me").status()).isEqualTo(200);
    Api petter = Api.as("petter.pmy");
    String id =
        petter
            .post("/cases", "{\"title\":\"Falsk fullmakt i Lund\",\"type\":\"TIPS\"}")
            .json()
            .getString("id");
    MAIL.reset();
    Api.Response sent =
        petter.post(
            "/cases/" + id + "/invitations",
            "{\"agency\":\"MIG\",\"sections\":[\"overview\"],\"legalBasis\":\"OSL_10_15A\","
                + "\"purpose\":\"Utreda ombudets fullmakt\",\"needsTest\":\"MIG prövar ansökan\","
                + "\"expiresAt\":\""
                + java.time.LocalDate.now().plusDays(10)
                + "\"}");
    assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
    MimeMessage toMagnus = null;
    long until = System.nanoTime() + 15_000_000_000L;
    while (toMagnus == null && System.nanoTime() < until) {
      MAIL.waitForIncomingEmail(1_000, 1);
      for (MimeMessage message : MAIL.getReceivedMessages()) {
        if (Arrays.asList(recipients(message)).contains("magnus.mig@demo.knutpunkt.invalid")) {
          toMagnus = message;
        }
      }
    }
    assertThat(toMagnus).as("the mail to MIG's ID-SPOC").isNotNull();
    String text = toMagnus.getSubject() + "\n" + toMagnus.getContent();
    assertThat(text)
        .contains("/notices.xhtml")
        .doesNotContain("Falsk fullmakt")
        .doesNotContain("fullmakt")
        .doesNotContain("OSL")
        .doesNotContain("PMY")
        .doesNotContain(id);
    assertThat(MAIL.getReceivedMessages())
        .allSatisfy(m -> assertThat(recipients(m)).noneMatch(a -> a.startsWith("sara")));
  }

  private static String[] recipients(MimeMessage message) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .map(Object::toString)
          .toArray(String[]::new);
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
