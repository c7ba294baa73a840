package se.knutpunkt.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

  private static final String CASE = "6f2b0c4e-0d1a-4e0b-9b1e-2f7f6a1c9d00";

  private static AuditEvent read(String at, AuditOutcome outcome, Map<String, String> details) {
    return new AuditEvent(
        Instant.parse(at),
        Actor.of("erik.pmy", "PMY"),
        AuditAction.of("case.read"),
        outcome,
        "MEMBER_OF_CASE",
        AuditResource.ofCase(CASE, "PMY"),
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

  /** A made-up history: the given denials of erik.pmy, and the given invitation endings. */
  private static AuditHistory history(
      List<String> denialsOfErik, List<AuditHistory.EndedInvitation> endings) {
    return new AuditHistory() {
      @Override
      public long denialsOf(String actor, Instant from, Instant to) {
        return actor.equals("erik.pmy")
            ? denialsOfErik.stream()
                .map(Instant::parse)
                .filter(at -> !at.isBefore(from) && !at.isAfter(to))
                .count()
            : 0;
      }

      @Override
      public List<AuditHistory.EndedInvitation> endedInvitationsOf(String caseId) {
        return caseId.equals(CASE) ? endings : List.of();
      }
    };
  }

  @Test
  void theThirdDenialWithinTenMinutesIsARepeatedDenialAndSpreadOutOnesAreNot() {
    AuditEvent third = read("2026-12-03T10:09:00Z", AuditOutcome.DENY, Map.of());
    assertThat(
            AnomalyRules.of(
                third,
                history(
                    List.of("2026-12-03T10:00:00Z", "2026-12-03T10:05:00Z", "2026-12-03T10:09:00Z"),
                    List.of())))
        .containsExactly(Marker.DENIED, Marker.REPEATED_DENIALS);
    assertThat(
            AnomalyRules.of(
                third,
                history(
                    List.of("2026-12-03T09:50:00Z", "2026-12-03T10:05:00Z", "2026-12-03T10:09:00Z"),
                    List.of())))
        .as("the first of the three lies outside the ten minutes")
        .containsExactly(Marker.DENIED);
    AuditEvent permitted = read("2026-12-03T10:09:00Z", AuditOutcome.PERMIT, Map.of());
    assertThat(
            AnomalyRules.of(
                permitted,
                history(
                    List.of("2026-12-03T10:00:00Z", "2026-12-03T10:05:00Z", "2026-12-03T10:08:00Z"),
                    List.of())))
        .as("a permitted request after denials is no denial")
        .isEmpty();
  }

  @Test
  void accessWithinADayAfterTheInvitationOfTheActorsAgencyEndedIsMarked() {
    List<AuditHistory.EndedInvitation> pmyLeft =
        List.of(
            new AuditHistory.EndedInvitation(
                Instant.parse("2026-12-02T10:00:00Z"), "PMY", Set.of("erik.pmy")));
    assertThat(
            AnomalyRules.of(
                read("2026-12-03T09:00:00Z", AuditOutcome.DENY, Map.of()),
                history(List.of(), pmyLeft)))
        .containsExactly(Marker.DENIED, Marker.AFTER_INVITATION_ENDED);
    assertThat(
            AnomalyRules.of(
                read("2026-12-03T10:30:00Z", AuditOutcome.DENY, Map.of()),
                history(List.of(), pmyLeft)))
        .as("more than a day later")
        .containsExactly(Marker.DENIED);
    assertThat(
            AnomalyRules.of(
                read("2026-12-02T09:00:00Z", AuditOutcome.PERMIT, Map.of()),
                history(List.of(), pmyLeft)))
        .as("before the invitation ended")
        .isEmpty();
    List<AuditHistory.EndedInvitation> migLeft =
        List.of(
            new AuditHistory.EndedInvitation(
                Instant.parse("2026-12-02T10:00:00Z"), "MIG", Set.of("maria.mig")));
    assertThat(
            AnomalyRules.of(
                read("2026-12-03T09:00:00Z", AuditOutcome.PERMIT, Map.of()),
                history(List.of(), migLeft)))
        .as("another agency's invitation ended")
        .isEmpty();
  }
}
