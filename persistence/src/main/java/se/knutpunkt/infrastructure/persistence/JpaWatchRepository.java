package se.knutpunkt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.knutpunkt.domain.notice.Watch;
import se.knutpunkt.domain.notice.WatchRepository;
import se.knutpunkt.domain.user.Username;

@ApplicationScoped
public class JpaWatchRepository implements WatchRepository {

  @PersistenceContext(unitName = "knutpunkt")
  private EntityManager em;

  @Override
  public void store(Watch watch) {
    em.persist(watch);
  }

  @Override
  public Optional<Watch> find(long id) {
    return Optional.ofNullable(em.find(Watch.class, id));
  }

  @Override
  public Optional<Watch> of(Username watcher, byte[] matchKey) {
    return em.createQuery(
            "select w from Watch w where w.watcher = :watcher and w.matchKey = :key", Watch.class)
        .setParameter("watcher", watcher.value())
        .setParameter("key", matchKey)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Watch> of(Username watcher) {
    return em.createQuery(
            "select w from Watch w where w.watcher = :watcher order by w.createdAt desc, w.id desc",
            Watch.class)
        .setParameter("watcher", watcher.value())
        .getResultList();
  }

  @Override
  public List<Watch> on(byte[] matchKey) {
    return em.createQuery("select w from Watch w where w.matchKey = :key", Watch.class)
        .setParameter("key", matchKey)
        .getResultList();
  }

  @Override
  public void remove(Watch watch) {
    em.remove(em.contains(watch) ? watch : em.merge(watch));
  }
}
