package se.knutpunkt.application.audit;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.knutpunkt.security.auditlog.leaf.AuditEvent;
import se.knutpunkt.security.auditlog.leaf.AuditOutcome;

/**
 * What in an audit entry an auditor should look at twice, with the reason (issue 14): a denial,
 * access outside office hours (07–19 Swedish time), a read that released values marked STRICT, a
 * bulk read; and, from the entry's history, repeated denials (the third within ten minutes) and
 * access to a case within a day after the invitation that let the actor's agency in ended.
 */
public final class AnomalyRules {

  /** Office hours where the agencies work. */
  static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  static final int OFFICE_OPENS = 7;
  static final int OFFICE_CLOSES = 19;

  /** A read that releases this many values at once is a bulk read. */
  public static final int BULK_READ = 100;

  /** This many denials of one person within {@link #DENIAL_WINDOW} are repeated denials. */
  public static final int REPEATED_DENIALS = 3;

  public static final Duration DENIAL_WINDOW = Duration.ofMinutes(10);

  /** Access to a case this soon after an invitation of the actor's agency ended stands out. */
  public static final Duration AFTER_INVITATION = Duration.ofHours(24);

  private static final Set<String> INVITATION_STEPS =
      Set.of("invitation.revoke", "invitation.expire");

  /** Why an entry stands out. */
  public enum Marker {
    DENIED,
    REPEATED_DENIALS,
    OUTSIDE_OFFICE_HOURS,
    STRICT_VALUES_READ,
    BULK_READ,
    AFTER_INVITATION_ENDED
  }

  private AnomalyRules() {}

  /** The markers the entry alone shows. */
  public static List<Marker> of(AuditEvent event) {
    return of(event, AuditHistory.NONE);
  }

  public static List<Marker> of(AuditEvent event, AuditHistory history) {
    List<Marker> markers = new ArrayList<>();
    if (event.outcome() == AuditOutcome.DENY) {
      markers.add(Marker.DENIED);
    }
    int hour = event.at().atZone(SWEDEN).getHour();
    if (hour < OFFICE_OPENS || hour >= OFFICE_CLOSES) {
      markers.add(Marker.OUTSIDE_OFFICE_HOURS);
    }
    Map<String, String> details = event.details().asMap();
    String released = details.getOrDefault("released", "");
    if (released.contains(":STRICT")) {
      markers.add(Marker.STRICT_VALUES_READ);
    }
    if (count(details.get("released.count")) >= BULK_READ) {
      markers.add(Marker.BULK_READ);
    }
    if (event.outcome() == AuditOutcome.DENY
        && history.denialsOf(event.actor().username(), event.at().minus(DENIAL_WINDOW), event.at())
            >= REPEATED_DENIALS) {
      markers.add(Marker.REPEATED_DENIALS);
    }
    if (soonAfterAnInvitationEnded(event, history)) {
      markers.add(Marker.AFTER_INVITATION_ENDED);
    }
    return markers;
  }

  private static boolean soonAfterAnInvitationEnded(AuditEvent event, AuditHistory history) {
    Optional<String> caseId = event.resource().caseId();
    if (caseId.isEmpty() || INVITATION_STEPS.contains(event.action().name())) {
      return false;
    }
    return history.endedInvitationsOf(caseId.get()).stream()
        .anyMatch(
            ended ->
                (ended.agency().equals(event.actor().agency())
                        || ended.left().contains(event.actor().username()))
                    && event.at().isAfter(ended.at())
                    && !event.at().isAfter(ended.at().plus(AFTER_INVITATION)));
  }

  private static long count(String text) {
    try {
      return text == null ? 0 : Long.parseLong(text);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
