package se.knutpunkt.application.audit;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.knutpunkt.security.auditlog.leaf.AuditEvent;
import se.knutpunkt.security.auditlog.leaf.AuditOutcome;

/**
 * What in one audit entry an auditor should look at twice, with the reason (issue 14): a denial,
 * access outside office hours (07–19 Swedish time), a read that released values marked STRICT, and
 * a bulk read. The rules that need a history (repeated denials, access right after an invitation
 * ended) are not here yet.
 */
public final class AnomalyRules {

  /** Office hours where the agencies work. */
  static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  static final int OFFICE_OPENS = 7;
  static final int OFFICE_CLOSES = 19;

  /** A read that releases this many values at once is a bulk read. */
  public static final int BULK_READ = 100;

  /** Why an entry stands out. */
  public enum Marker {
    DENIED,
    OUTSIDE_OFFICE_HOURS,
    STRICT_VALUES_READ,
    BULK_READ
  }

  private AnomalyRules() {}

  public static List<Marker> of(AuditEvent event) {
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
    return markers;
  }

  private static long count(String text) {
    try {
      return text == null ? 0 : Long.parseLong(text);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
