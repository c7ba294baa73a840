package se.knutpunkt.application.notice;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.knutpunkt.domain.user.UserProfile;
import se.knutpunkt.domain.user.UserProfileRepository;
import se.knutpunkt.security.policy.Subject;

/**
 * Every morning (at {@code knutpunkt.notices.digest.at}, "07:00" server time; the tests set
 * "every-minute"), those who chose it get one mail saying how many notices they have not read —
 * counted through the gate like the header's count, so a notice they may no longer see is not
 * counted. Nobody with nothing unread gets a mail.
 */
@Singleton
@Startup
public class NoticeDigest {

  @Inject UserProfileRepository profiles;
  @Inject NoticeService notices;
  @Inject NoticeMailer mailer;

  @Inject
  @ConfigProperty(name = "knutpunkt.notices.digest.at", defaultValue = "07:00")
  String at;

  @Resource TimerService timers;

  /** For tests without a container. */
  public static NoticeDigest over(
      UserProfileRepository profiles, NoticeService notices, NoticeMailer mailer) {
    NoticeDigest digest = new NoticeDigest();
    digest.profiles = profiles;
    digest.notices = notices;
    digest.mailer = mailer;
    return digest;
  }

  @PostConstruct
  void schedule() {
    timers.createCalendarTimer(when(at), new TimerConfig("the daily notice digest", false));
  }

  static ScheduleExpression when(String at) {
    if ("every-minute".equals(at)) {
      return new ScheduleExpression().hour("*").minute("*");
    }
    String[] hourAndMinute = at.split(":");
    if (hourAndMinute.length != 2) {
      throw new IllegalArgumentException("knutpunkt.notices.digest.at is HH:MM: " + at);
    }
    return new ScheduleExpression()
        .hour(Integer.parseInt(hourAndMinute[0]))
        .minute(Integer.parseInt(hourAndMinute[1]));
  }

  @Timeout
  void fire() {
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
