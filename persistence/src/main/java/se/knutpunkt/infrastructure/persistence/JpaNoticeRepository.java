package se.knutpunkt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.notice.Notice;
import se.knutpunkt.domain.notice.NoticeRepository;
import se.knutpunkt.domain.user.Username;

@ApplicationScoped
public class JpaNoticeRepository implements NoticeRepository {

  @PersistenceContext(unitName = "knutpunkt")
  private EntityManager em;

  @Override
  public void store(Notice notice) {
    em.persist(notice);
  }

  @Override
  public Optional<Notice> find(long id) {
    return Optional.ofNullable(em.find(Notice.class, id));
  }

  @Override
  public List<Notice> addressedTo(Username person, Optional<AgencyCode> spocInbox, int limit) {
    TypedQuery<Notice> query =
        spocInbox.isPresent()
            ? em.createQuery(
                    "select n from Notice n where n.recipient = :person"
                        + " or n.recipientAgency = :agency order by n.createdAt desc, n.id desc",
                    Notice.class)
                .setParameter("agency", spocInbox.get().value())
            : em.createQuery(
                "select n from Notice n where n.recipient = :person"
                    + " order by n.createdAt desc, n.id desc",
                Notice.class);
    return query
        .setParameter("person", person.value())
        .setHint(ReadOnly.HINT, ReadOnly.YES)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Set<Long> readBy(Username person, Collection<Long> notices) {
    if (notices.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery(
                "select r.notice from NoticeReceipt r where r.reader = :person"
                    + " and r.notice in :notices",
                Long.class)
            .setParameter("person", person.value())
            .setParameter("notices", List.copyOf(notices))
            .getResultList());
  }

  @Override
  public void markRead(Username person, long notice, OffsetDateTime at) {
    if (em.find(NoticeReceipt.class, NoticeReceipt.key(notice, person.value())) == null) {
      em.persist(new NoticeReceipt(notice, person.value(), at));
    }
  }
}
