package se.knutpunkt.application.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.user.UserProfile;
import se.knutpunkt.domain.user.UserProfileRepository;
import se.knutpunkt.domain.user.Username;
import se.knutpunkt.security.policy.PolicyDecisionPoint;
import se.knutpunkt.security.policy.Subject;

/**
 * Who of the recipients of new notices gets the content-free mail: each person with an address, and
 * the ID-SPOCs Knutpunkt has met of each agency whose inbox got a notice.
 */
@ApplicationScoped
public class NoticeMail {

  @Inject UserProfileRepository profiles;
  @Inject PolicyDecisionPoint pdp;
  @Inject NoticeMailer mailer;

  public void tell(Recipients recipients) {
    Set<String> addresses = new LinkedHashSet<>();
    // members were added through the directory, which remembered them with their address
    for (Username person : recipients.people()) {
      profiles.find(person).flatMap(UserProfile::email).ifPresent(addresses::add);
    }
    for (AgencyCode agency : recipients.spocInboxes()) {
      for (UserProfile profile : profiles.ofAgency(agency)) {
        Subject subject =
            new Subject(profile.username(), profile.agency(), profile.roles(), profile.clearance());
        if (pdp.readsSpocInbox(subject)) {
          profile.email().ifPresent(addresses::add);
        }
      }
    }
    if (!addresses.isEmpty()) {
      mailer.tellOfNewNotice(addresses);
    }
  }
}
