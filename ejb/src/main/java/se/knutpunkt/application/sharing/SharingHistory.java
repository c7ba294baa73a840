package se.knutpunkt.application.sharing;

import java.util.List;
import se.knutpunkt.domain.casefile.CaseId;

/** Everything that was shared of a case and how: every invitation and disclosure decision. */
public record SharingHistory(
    CaseId caseId,
    List<InvitationView> invitations,
    List<DisclosureView> disclosures,
    boolean mayInvite) {

  public SharingHistory {
    invitations = List.copyOf(invitations);
    disclosures = List.copyOf(disclosures);
  }
}
