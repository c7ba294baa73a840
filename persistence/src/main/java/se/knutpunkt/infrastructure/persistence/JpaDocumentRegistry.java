package se.knutpunkt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.knutpunkt.domain.misuse.DocumentExamination;
import se.knutpunkt.domain.misuse.DocumentRegistry;

@ApplicationScoped
public class JpaDocumentRegistry implements DocumentRegistry {

  @PersistenceContext(unitName = "knutpunkt")
  private EntityManager em;

  @Override
  public Optional<DocumentExamination> find(long id) {
    return Optional.ofNullable(em.find(DocumentExamination.class, id));
  }

  @Override
  public void record(DocumentExamination examination) {
    em.persist(examination);
  }

  @Override
  public List<DocumentExamination> examinationsOf(byte[] matchKey) {
    return em.createQuery(
            "select e from DocumentExamination e where e.matchKey = :key"
                + " order by e.examinedOn desc, e.id desc",
            DocumentExamination.class)
        .setParameter("key", matchKey)
        .setHint(ReadOnly.HINT, ReadOnly.YES)
        .getResultList();
  }
}
