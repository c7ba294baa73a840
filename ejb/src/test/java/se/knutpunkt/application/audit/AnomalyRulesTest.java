package se.knutpunkt.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.knutpunkt.application.audit.AnomalyRules.Marker;
import se.knutpunkt.security.auditlog.leaf.Actor;
import se.knutpunkt.security.auditlog.leaf.AuditAction;
import se.knutpunkt.security.auditlog.leaf.AuditDetails;
import se.knutpunkt.security.auditlog.leaf.AuditEvent;
import se.knutpunkt.security.auditlog.leaf.AuditOutcome;
import se.knutpunkt.security.auditlog.leaf.AuditResource;

/** Each anomaly rule on made-up entries, and an ordinary entry that marks nothing. */
class AnomalyRulesTest {

  private static AuditEvent read(String at, AuditOutcome outcome, Map<String, String> details) {
    return new AuditEvent(
        Instant.parse(at),
        Actor.of("erik.pmy", "PMY"),
        AuditAction.of("case.read"),
        outcome,
        "MEMBER_OF_CASE",
        AuditResource.ofCase("6f2b0c4e-0d1a-4e0b-9b1e-2f7f6a1c9d00", "PMY"),
        Optional.empty(),
        Optional.empty(),
        AuditDetails.of(details));
  }

  @Test
  void anOrdinaryReadInOfficeHoursMarksNothing() {
    // 10:00 UTC in winter is 11:00 in Stockholm
    assertThat(
            AnomalyRules.of(
                read(
                    "2026-12-03T10:00:00Z",
                    AuditOutcome.PERMIT,
                    Map.of("released", "overview.title@1:INTERNAL", "released.count", "1"))))
        .isEmpty();
  }

  @Test
  void eachRuleMarksWithItsReason() {
    assertThat(AnomalyRules.of(read("2026-12-03T10:00:00Z", AuditOutcome.DENY, Map.of())))
        .containsExactly(Marker.DENIED);
    // 18:30 UTC in winter is 19:30 in Stockholm; 05:30 UTC in summer is 07:30 there, inside
    assertThat(AnomalyRules.of(read("2026-12-03T18:30:00Z", AuditOutcome.PERMIT, Map.of())))
        .containsExactly(Marker.OUTSIDE_OFFICE_HOURS);
    assertThat(AnomalyRules.of(read("2026-06-03T05:30:00Z", AuditOutcome.PERMIT, Map.of())))
        .isEmpty();
    assertThat(
            AnomalyRules.of(
                read(
                    "2026-12-03T10:00:00Z",
                    AuditOutcome.PERMIT,
                    Map.of("released", "persons.p1.name@2:STRICT", "released.count", "1"))))
        .containsExactly(Marker.STRICT_VALUES_READ);
    assertThat(
            AnomalyRules.of(
                read(
                    "2026-12-03T10:00:00Z",
                    AuditOutcome.PERMIT,
                    Map.of("released.count", Integer.toString(AnomalyRules.BULK_READ)))))
        .containsExactly(Marker.BULK_READ);
  }
}
