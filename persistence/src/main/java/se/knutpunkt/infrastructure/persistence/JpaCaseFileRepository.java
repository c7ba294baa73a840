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

  /**
   * Read only (the callers never change what they find; changes go through {@link #findForUpdate}),
   * with its members in the same query: EclipseLink then neither clones nor tracks the objects,
   * which was a fifth of a case read (issue 9, JFR).
   */
  @Override
  public Optional<CaseFile> find(CaseId id) {
    return em.createQuery(
            "select c from CaseFile c left join fetch c.members where c.id = :id", CaseFile.class)
        .setParameter("id", id.toString())
        .setHint(ReadOnly.HINT, ReadOnly.YES)
        .getResultStream()
        .findFirst();
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
