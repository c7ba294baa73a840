package se.knutpunkt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.knutpunkt.domain.audit.PendingAuditEvent;
import se.knutpunkt.domain.audit.PendingAuditEvents;

@ApplicationScoped
public class JpaPendingAuditEvents implements PendingAuditEvents {

  @PersistenceContext(unitName = "knutpunkt")
  private EntityManager em;

  @Override
  public void append(PendingAuditEvent event) {
    em.persist(event);
  }
}
