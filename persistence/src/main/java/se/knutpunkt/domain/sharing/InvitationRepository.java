package se.knutpunkt.domain.sharing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseId;

public interface InvitationRepository {

  void store(Invitation invitation);

  Optional<Invitation> find(String id);

  /** The invitation, its row locked until the transaction ends (its steps never cross). */
  Optional<Invitation> findForUpdate(String id);

  /** Every invitation of the case, oldest first. */
  List<Invitation> ofCase(CaseId caseId);

  /** The invitations sent to an agency that wait for its answer, oldest first. */
  List<Invitation> pendingFor(AgencyCode invited);

  /** Pending or accepted invitations whose end has come by {@code now}. */
  List<Invitation> dueToExpire(OffsetDateTime now);
}
