package se.knutpunkt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.knutpunkt.domain.casefile.CaseFile;
import se.knutpunkt.domain.casefile.CaseFileRepository;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.user.Username;

@ApplicationScoped
public class JpaCaseFileRepository implements CaseFileRepository {

  @PersistenceContext(unitName = "knutpunkt")
  private EntityManager em;

  @Override
  public void store(CaseFile caseFile) {
    em.persist(caseFile);
  }

  @Override
  public Optional<CaseFile> find(CaseId id) {
    return Optional.ofNullable(em.find(CaseFile.class, id.toString()));
  }

  @Override
  public Optional<CaseFile> findForUpdate(CaseId id) {
    return Optional.ofNullable(
        em.find(CaseFile.class, id.toString(), LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<CaseFile> casesWithMember(Username username) {
    return em.createQuery(
            "select distinct c from CaseFile c join c.members m"
                + " where m.username = :username order by c.createdAt desc",
            CaseFile.class)
        .setParameter("username", username.value())
        .getResultList();
  }
}
