package se.knutpunkt.application.notice;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import se.knutpunkt.domain.user.UserProfile;
import se.knutpunkt.domain.user.UserProfileRepository;
import se.knutpunkt.security.policy.Subject;

/**
 * Every morning, those who chose it get one mail saying how many notices they have not read —
 * counted through the gate like the header's count, so a notice they may no longer see is not
 * counted. Nobody with nothing unread gets a mail.
 */
@Singleton
public class NoticeDigest {

  @Inject UserProfileRepository profiles;
  @Inject NoticeService notices;
  @Inject NoticeMailer mailer;

  /** For tests without a container. */
  public static NoticeDigest over(
      UserProfileRepository profiles, NoticeService notices, NoticeMailer mailer) {
    NoticeDigest digest = new NoticeDigest();
    digest.profiles = profiles;
    digest.notices = notices;
    digest.mailer = mailer;
    return digest;
  }

  @Schedule(hour = "7", minute = "0", persistent = false, info = "the daily notice digest")
  public void everyMorning() {
    send();
  }

  /** Sends the digests; how many were sent. */
  public int send() {
    int sent = 0;
    for (UserProfile profile : profiles.wantingNoticeDigest()) {
      if (profile.email().isEmpty()) {
        continue;
      }
      Subject person =
          new Subject(profile.username(), profile.agency(), profile.roles(), profile.clearance());
      int unread = notices.unreadCount(person);
      if (unread > 0) {
        mailer.tellOfUnreadNotices(profile.email().get(), unread);
        sent++;
      }
    }
    return sent;
  }
}
