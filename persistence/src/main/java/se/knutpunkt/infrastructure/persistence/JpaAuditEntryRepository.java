package se.knutpunkt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import se.knutpunkt.domain.audit.AuditEntry;
import se.knutpunkt.domain.audit.AuditEntryRepository;

@ApplicationScoped
public class JpaAuditEntryRepository implements AuditEntryRepository {

  @PersistenceContext(unitName = "knutpunkt")
  private EntityManager em;

  @Override
  public void append(AuditEntry entry) {
    em.persist(entry);
  }

  @Override
  public List<AuditEntry> newest(int max) {
    return em.createQuery("select e from AuditEntry e order by e.id desc", AuditEntry.class)
        .setMaxResults(max)
        .getResultList();
  }
}
