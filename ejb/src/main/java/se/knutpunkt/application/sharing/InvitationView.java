package se.knutpunkt.application.sharing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.CaseSection;
import se.knutpunkt.domain.sharing.Invitation;
import se.knutpunkt.domain.sharing.InvitationState;
import se.knutpunkt.domain.sharing.SharingGrounds;
import se.knutpunkt.domain.user.Username;

/** An invitation as its parties see it; {@code state} as it stands now (a due one is expired). */
public record InvitationView(
    String id,
    CaseId caseId,
    AgencyCode ownerAgency,
    AgencyCode invitedAgency,
    Set<CaseSection> scope,
    String purpose,
    SharingGrounds grounds,
    OffsetDateTime expiresAt,
    InvitationState state,
    Username invitedBy,
    OffsetDateTime invitedAt,
    Optional<Username> answeredBy,
    Optional<OffsetDateTime> answeredAt,
    Optional<String> declineReason,
    List<Username> joined,
    Optional<Username> endedBy,
    Optional<OffsetDateTime> endedAt) {

  static InvitationView of(Invitation invitation, OffsetDateTime now) {
    InvitationState state =
        invitation.isDueToExpireAt(now) ? InvitationState.EXPIRED : invitation.state();
    return new InvitationView(
        invitation.id(),
        invitation.caseId(),
        invitation.ownerAgency(),
        invitation.invitedAgency(),
        invitation.scope(),
        invitation.purpose(),
        invitation.grounds(),
        invitation.expiresAt(),
        state,
        invitation.invitedBy(),
        invitation.invitedAt(),
        invitation.answeredBy(),
        invitation.answeredAt(),
        invitation.declineReason(),
        invitation.joined(),
        invitation.endedBy(),
        invitation
            .endedAt()
            .or(
                () ->
                    state == InvitationState.EXPIRED
                        ? Optional.of(invitation.expiresAt())
                        : Optional.empty()));
  }

  public boolean isPending() {
    return state == InvitationState.PENDING;
  }
}
