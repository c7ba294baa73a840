package se.knutpunkt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.ValueVersion;
import se.knutpunkt.domain.sharing.DisclosureRepository;
import se.knutpunkt.domain.sharing.DisclosureRequest;
import se.knutpunkt.domain.sharing.DisclosureState;

@ApplicationScoped
public class JpaDisclosureRepository implements DisclosureRepository {

  @PersistenceContext(unitName = "knutpunkt")
  private EntityManager em;

  @Override
  public void store(DisclosureRequest request) {
    em.persist(request);
  }

  @Override
  public Optional<DisclosureRequest> find(String id) {
    return Optional.ofNullable(em.find(DisclosureRequest.class, id));
  }

  @Override
  public Optional<DisclosureRequest> findForUpdate(String id) {
    return Optional.ofNullable(
        em.find(DisclosureRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<DisclosureRequest> ofCase(CaseId caseId) {
    return em.createQuery(
            "select d from DisclosureRequest d where d.caseId = :case"
                + " order by d.requestedAt, d.id",
            DisclosureRequest.class)
        .setParameter("case", caseId.toString())
        .getResultList();
  }

  @Override
  public List<DisclosureRequest> pendingFor(AgencyCode valueOwner) {
    return em.createQuery(
            "select d from DisclosureRequest d where d.valueOwner = :owner and d.state = :state"
                + " order by d.requestedAt, d.id",
            DisclosureRequest.class)
        .setParameter("owner", valueOwner.value())
        .setParameter("state", DisclosureState.PENDING)
        .getResultList();
  }

  @Override
  public Optional<DisclosureRequest> pending(
      CaseId caseId, ValueVersion value, AgencyCode requester) {
    return em.createQuery(
            "select d from DisclosureRequest d where d.caseId = :case and d.path = :path"
                + " and d.valueVersion = :version and d.requesterAgency = :agency"
                + " and d.state = :state",
            DisclosureRequest.class)
        .setParameter("case", caseId.toString())
        .setParameter("path", value.path().value())
        .setParameter("version", value.version())
        .setParameter("agency", requester.value())
        .setParameter("state", DisclosureState.PENDING)
        .getResultStream()
        .findFirst();
  }
}
