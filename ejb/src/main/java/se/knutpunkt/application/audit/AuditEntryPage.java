package se.knutpunkt.application.audit;

import java.util.List;
import java.util.Map;
import se.knutpunkt.application.audit.AnomalyRules.Marker;
import se.knutpunkt.security.auditlog.leaf.AuditLeaf;
import se.knutpunkt.security.auditlog.merkle.LeafIndex;

/**
 * One page of audit entries, newest first, decoded from the log's leaves; how many match, counted
 * up to {@link #COUNTED_UP_TO} (beyond it, {@code totalIsAtLeast}: a search that matches more is
 * narrowed, not paged through, and counting a million rows would cost every search its speed); and
 * the anomaly markers of each entry, from the entry and its history.
 */
public record AuditEntryPage(
    List<AuditLeaf> entries,
    int page,
    long total,
    boolean totalIsAtLeast,
    Map<LeafIndex, List<Marker>> markers) {

  /** Matches are counted up to this many. */
  public static final int COUNTED_UP_TO = 10_000;

  public AuditEntryPage {
    entries = List.copyOf(entries);
    markers = Map.copyOf(markers);
  }

  public AuditEntryPage(List<AuditLeaf> entries, int page, long total, boolean totalIsAtLeast) {
    this(entries, page, total, totalIsAtLeast, Map.of());
  }

  public List<Marker> markersOf(AuditLeaf entry) {
    return markers.getOrDefault(entry.index(), List.of());
  }
}
