package se.knutpunkt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.sharing.Invitation;
import se.knutpunkt.domain.sharing.InvitationRepository;
import se.knutpunkt.domain.sharing.InvitationState;

@ApplicationScoped
public class JpaInvitationRepository implements InvitationRepository {

  @PersistenceContext(unitName = "knutpunkt")
  private EntityManager em;

  @Override
  public void store(Invitation invitation) {
    em.persist(invitation);
  }

  @Override
  public Optional<Invitation> find(String id) {
    return Optional.ofNullable(em.find(Invitation.class, id));
  }

  @Override
  public Optional<Invitation> findForUpdate(String id) {
    return Optional.ofNullable(em.find(Invitation.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Invitation> ofCase(CaseId caseId) {
    return em.createQuery(
            "select i from Invitation i where i.caseId = :case order by i.invitedAt, i.id",
            Invitation.class)
        .setParameter("case", caseId.toString())
        .getResultList();
  }

  @Override
  public List<Invitation> pendingFor(AgencyCode invited) {
    return em.createQuery(
            "select i from Invitation i where i.invitedAgency = :agency and i.state = :state"
                + " order by i.invitedAt, i.id",
            Invitation.class)
        .setParameter("agency", invited.value())
        .setParameter("state", InvitationState.PENDING)
        .getResultList();
  }

  @Override
  public List<Invitation> dueToExpire(OffsetDateTime now) {
    return em.createQuery(
            "select i from Invitation i where i.state in :open and i.expiresAt <= :now"
                + " order by i.expiresAt, i.id",
            Invitation.class)
        .setParameter("open", List.of(InvitationState.PENDING, InvitationState.ACCEPTED))
        .setParameter("now", now)
        .getResultList();
  }
}
