package se.knutpunkt.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.knutpunkt.application.notice.NoticeMailer;

/**
 * Sends the content-free notice mail through the server's mail session {@code mail/knutpunkt} (made
 * by the launcher: GreenMail on 127.0.0.1:3025 in the demo run and in tests).
 */
@ApplicationScoped
public class JakartaMailNoticeMailer implements NoticeMailer {

  private static final Logger LOG = Logger.getLogger(JakartaMailNoticeMailer.class.getName());

  static final String SUBJECT = "Ny notis i Knutpunkt / New notice in Knutpunkt";
  static final String DIGEST_SUBJECT = "Olästa notiser i Knutpunkt / Unread notices in Knutpunkt";

  static final String SESSION = "mail/knutpunkt";

  @Inject
  @ConfigProperty(name = "knutpunkt.ui.url", defaultValue = "http://127.0.0.1:8080/knutpunkt")
  String uiUrl;

  @Override
  public void tellOfNewNotice(Set<String> addresses) {
    addresses.forEach(address -> send(address, SUBJECT, body(uiUrl)));
  }

  @Override
  public void tellOfUnreadNotices(String address, int unread) {
    send(address, DIGEST_SUBJECT, digestBody(uiUrl, unread));
  }

  private void send(String address, String subject, String text) {
    Session session;
    try {
      // looked up when needed, so that a server without the mail session still runs (no mail)
      session = InitialContext.doLookup(SESSION);
    } catch (NamingException e) {
      LOG.log(Level.WARNING, "No mail session " + SESSION + "; notice mails are not sent");
      return;
    }
    try {
      MimeMessage message = new MimeMessage(session);
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(address, true));
      message.setSubject(subject, StandardCharsets.UTF_8.name());
      message.setText(text, StandardCharsets.UTF_8.name());
      Transport.send(message);
    } catch (MessagingException e) {
      // the notice itself is in the inbox; a mail that cannot go is logged, never retried blindly
      LOG.log(Level.WARNING, "A notice mail could not be sent: " + e.getMessage());
    }
  }

  /** The digest says how many notices are unread, and where to read them. Nothing more. */
  static String digestBody(String uiUrl, int unread) {
    return "Du har "
        + unread
        + " olästa notiser i Knutpunkt:\n"
        + uiUrl
        + "/notices.xhtml\n\n"
        + "You have "
        + unread
        + " unread notices in Knutpunkt:\n"
        + uiUrl
        + "/notices.xhtml\n";
  }

  /** What the mail says: that there is a notice, and where to read it. Nothing more. */
  static String body(String uiUrl) {
    return "Du har en ny notis i Knutpunkt. Logga in för att läsa den:\n"
        + uiUrl
        + "/notices.xhtml\n\n"
        + "You have a new notice in Knutpunkt. Sign in to read it:\n"
        + uiUrl
        + "/notices.xhtml\n";
  }
}
