package se.knutpunkt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.knutpunkt.domain.agency.Agency;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.agency.AgencyRepository;

@ApplicationScoped
public class JpaAgencyRepository implements AgencyRepository {

  @PersistenceContext(unitName = "knutpunkt")
  private EntityManager em;

  @Override
  public Optional<Agency> find(AgencyCode code) {
    return Optional.ofNullable(em.find(Agency.class, code.value()));
  }

  @Override
  public List<Agency> all() {
    return em.createQuery("select a from Agency a order by a.code", Agency.class).getResultList();
  }
}
