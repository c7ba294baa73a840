package se.knutpunkt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.casefile.FieldValue;
import se.knutpunkt.domain.casefile.FieldValueRepository;

@ApplicationScoped
public class JpaFieldValueRepository implements FieldValueRepository {

  /** The newest version of each field: the rows its head names, by primary key. */
  /** The newest versions of the fields whose heads match, fetched through the heads' keys. */
  private static String newest(String headsWhere) {
    return "select f from FieldHead h join h.value f where " + headsWhere;
  }

  @PersistenceContext(unitName = "knutpunkt")
  private EntityManager em;

  @Override
  public void append(FieldValue value) {
    em.persist(value);
    String caseId = value.caseId().toString();
    String path = value.path().value();
    FieldHead head = em.find(FieldHead.class, new FieldHead.Key(caseId, path));
    if (head == null) {
      em.persist(new FieldHead(value));
    } else {
      head.moveTo(value);
    }
  }

  @Override
  public List<FieldValue> currentValues(CaseId caseId) {
    return em.createQuery(newest("h.caseId = :caseId") + " order by f.path", FieldValue.class)
        .setParameter("caseId", caseId.toString())
        .setHint(ReadOnly.HINT, ReadOnly.YES)
        .getResultList();
  }

  @Override
  public List<FieldValue> currentValues(CaseId caseId, Collection<FieldPath> paths) {
    if (paths.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            newest("h.caseId = :caseId and h.path in :paths") + " order by f.path",
            FieldValue.class)
        .setParameter("caseId", caseId.toString())
        .setParameter("paths", paths.stream().map(FieldPath::value).distinct().toList())
        .setHint(ReadOnly.HINT, ReadOnly.YES)
        .getResultList();
  }

  @Override
  public Map<CaseId, FieldValue> currentValues(Collection<CaseId> caseIds, FieldPath path) {
    Map<CaseId, FieldValue> result = new LinkedHashMap<>();
    if (caseIds.isEmpty()) {
      return result;
    }
    em.createQuery(newest("h.caseId in :caseIds and h.path = :path"), FieldValue.class)
        .setParameter("caseIds", caseIds.stream().map(CaseId::toString).toList())
        .setParameter("path", path.value())
        .setHint(ReadOnly.HINT, ReadOnly.YES)
        .getResultList()
        .forEach(f -> result.put(f.caseId(), f));
    return result;
  }

  @Override
  public Optional<FieldValue> currentValue(CaseId caseId, FieldPath path) {
    return em.createQuery(
            "select f from FieldValue f where f.caseId = :caseId and f.path = :path"
                + " order by f.version desc",
            FieldValue.class)
        .setParameter("caseId", caseId.toString())
        .setParameter("path", path.value())
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<FieldValue> history(CaseId caseId, FieldPath path) {
    return em.createQuery(
            "select f from FieldValue f where f.caseId = :caseId and f.path = :path"
                + " order by f.version",
            FieldValue.class)
        .setParameter("caseId", caseId.toString())
        .setParameter("path", path.value())
        .setHint(ReadOnly.HINT, ReadOnly.YES)
        .getResultList();
  }
}
