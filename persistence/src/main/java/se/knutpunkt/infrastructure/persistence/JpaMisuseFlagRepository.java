package se.knutpunkt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.misuse.MisuseFlag;
import se.knutpunkt.domain.misuse.MisuseFlagRepository;

@ApplicationScoped
public class JpaMisuseFlagRepository implements MisuseFlagRepository {

  @PersistenceContext(unitName = "knutpunkt")
  private EntityManager em;

  @Override
  public void store(MisuseFlag flag) {
    em.persist(flag);
  }

  @Override
  public Optional<MisuseFlag> find(long id) {
    return Optional.ofNullable(em.find(MisuseFlag.class, id));
  }

  @Override
  public Optional<MisuseFlag> ofAgency(byte[] matchKey, AgencyCode agency) {
    return em.createQuery(
            "select f from MisuseFlag f where f.matchKey = :key and f.agency = :agency",
            MisuseFlag.class)
        .setParameter("key", matchKey)
        .setParameter("agency", agency.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<MisuseFlag> inForce(Collection<byte[]> matchKeys) {
    if (matchKeys.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select f from MisuseFlag f where f.matchKey in :keys and f.withdrawnAt is null"
                + " order by f.flaggedAt",
            MisuseFlag.class)
        .setParameter("keys", List.copyOf(matchKeys))
        .getResultList();
  }

  @Override
  public List<MisuseFlag> ofAgency(AgencyCode agency, int limit) {
    return em.createQuery(
            "select f from MisuseFlag f where f.agency = :agency order by f.flaggedAt desc",
            MisuseFlag.class)
        .setParameter("agency", agency.value())
        .setMaxResults(limit)
        .getResultList();
  }
}
