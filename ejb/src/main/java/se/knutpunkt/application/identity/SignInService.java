package se.knutpunkt.application.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import se.knutpunkt.application.audit.AuditRecord;
import se.knutpunkt.application.audit.AuditTrail;
import se.knutpunkt.domain.agency.AgencyRepository;
import se.knutpunkt.domain.user.UserProfile;
import se.knutpunkt.domain.user.UserProfileRepository;
import se.knutpunkt.security.auditlog.leaf.AuditAction;
import se.knutpunkt.security.auditlog.leaf.AuditOutcome;
import se.knutpunkt.security.policy.Subject;

/** Remembers who signs in: the profile is made at the first sign-in and refreshed at each. */
@Stateless
public class SignInService {

  /** How someone signed in: through the login page, or with a token of their client. */
  public enum Channel {
    BROWSER,
    API
  }

  @Inject UserProfileRepository profiles;
  @Inject AgencyRepository agencies;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  public void signedIn(
      Subject subject, String displayName, Optional<String> email, Channel channel) {
    if (agencies.find(subject.agency()).isEmpty()) {
      throw new UnknownAgencyException(subject.agency().value());
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    UserProfile profile =
        profiles
            .find(subject.username())
            .orElseGet(
                () -> {
                  UserProfile made =
                      new UserProfile(
                          subject.username(),
                          subject.agency(),
                          displayName,
                          email.orElse(null),
                          subject.clearance(),
                          subject.roles(),
                          now);
                  profiles.store(made);
                  return made;
                });
    profile.update(
        subject.agency(), displayName, email.orElse(null), subject.clearance(), subject.roles());
    profile.recordLogin(now);
    auditTrail.record(
        new AuditRecord(
            subject.username(),
            subject.agency(),
            AuditAction.LOGIN,
            AuditOutcome.PERMIT,
            "SIGNED_IN",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Map.of("channel", channel.name())));
  }

  /** A client asked who it is signed in as ({@code GET /me}): only its own token's claims. */
  public void toldWhoTheyAre(Subject subject) {
    auditTrail.record(
        AuditRecord.of(
            subject,
            AuditAction.of("identity.read"),
            AuditOutcome.PERMIT,
            "OWN_IDENTITY",
            Map.of()));
  }

  public void signedOut(Subject subject) {
    auditTrail.record(
        new AuditRecord(
            subject.username(),
            subject.agency(),
            AuditAction.LOGOUT,
            AuditOutcome.PERMIT,
            "SIGNED_OUT",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Map.of()));
  }
}
