package se.knutpunkt.application.sharing;

import java.util.List;
import se.knutpunkt.domain.user.Username;

/**
 * What waits for an agency's ID-SPOCs: invitations sent to the agency, and requests for values the
 * agency owns; with the agency's case workers a SPOC can let join.
 */
public record SpocInbox(
    List<InvitationView> invitations,
    List<DisclosureView> disclosureRequests,
    List<Username> caseWorkers) {

  public SpocInbox {
    invitations = List.copyOf(invitations);
    disclosureRequests = List.copyOf(disclosureRequests);
    caseWorkers = List.copyOf(caseWorkers);
  }

  public int waiting() {
    return invitations.size() + disclosureRequests.size();
  }
}
