package se.knutpunkt.application.sharing;

import java.time.OffsetDateTime;
import java.util.Optional;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.ValueVersion;
import se.knutpunkt.domain.sharing.DisclosureRequest;
import se.knutpunkt.domain.sharing.DisclosureState;
import se.knutpunkt.domain.sharing.SharingGrounds;
import se.knutpunkt.domain.user.Username;

/** A disclosure request and its decision; it names the value (path, version), never holds it. */
public record DisclosureView(
    String id,
    CaseId caseId,
    ValueVersion value,
    AgencyCode valueOwner,
    Username requester,
    AgencyCode requesterAgency,
    String reason,
    OffsetDateTime requestedAt,
    DisclosureState state,
    Optional<Username> decidedBy,
    Optional<OffsetDateTime> decidedAt,
    Optional<SharingGrounds> grounds,
    Optional<String> decisionReason) {

  static DisclosureView of(DisclosureRequest request) {
    return new DisclosureView(
        request.id(),
        request.caseId(),
        request.value(),
        request.valueOwner(),
        request.requester(),
        request.requesterAgency(),
        request.reason(),
        request.requestedAt(),
        request.state(),
        request.decidedBy(),
        request.decidedAt(),
        request.grounds(),
        request.decisionReason());
  }

  public boolean isPending() {
    return state == DisclosureState.PENDING;
  }
}
