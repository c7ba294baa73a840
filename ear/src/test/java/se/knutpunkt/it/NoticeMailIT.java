package se.knutpunkt.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
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
      String text = message.getSubject() + "\n" + GreenMailUtil.getBody(message);
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
