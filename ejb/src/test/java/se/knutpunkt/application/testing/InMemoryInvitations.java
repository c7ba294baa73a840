package se.knutpunkt.application.testing;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.sharing.Invitation;
import se.knutpunkt.domain.sharing.InvitationRepository;
import se.knutpunkt.domain.sharing.InvitationState;

/** Invitations kept in a list, for tests without a database. */
public final class InMemoryInvitations implements InvitationRepository {

  private final List<Invitation> invitations = new ArrayList<>();

  @Override
  public void store(Invitation invitation) {
    invitations.add(invitation);
  }

  @Override
  public Optional<Invitation> find(String id) {
    return invitations.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  @Override
  public Optional<Invitation> findForUpdate(String id) {
    return find(id);
  }

  @Override
  public List<Invitation> ofCase(CaseId caseId) {
    return invitations.stream().filter(i -> i.caseId().equals(caseId)).toList();
  }

  @Override
  public List<Invitation> pendingFor(AgencyCode invited) {
    return invitations.stream()
        .filter(i -> i.invitedAgency().equals(invited) && i.state() == InvitationState.PENDING)
        .toList();
  }

  @Override
  public List<Invitation> dueToExpire(OffsetDateTime now) {
    return invitations.stream().filter(i -> i.isDueToExpireAt(now)).toList();
  }
}
