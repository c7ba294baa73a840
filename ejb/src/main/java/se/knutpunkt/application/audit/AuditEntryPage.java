package se.knutpunkt.application.audit;

import java.util.List;
import java.util.Map;
import se.knutpunkt.application.audit.AnomalyRules.Marker;
import se.knutpunkt.security.auditlog.leaf.AuditLeaf;
import se.knutpunkt.security.auditlog.merkle.LeafIndex;

/**
 * One page of audit entries, newest first, decoded from the log's leaves; how many match; and the
 * anomaly markers of each entry, from the entry and its history.
 */
public record AuditEntryPage(
    List<AuditLeaf> entries, int page, long total, Map<LeafIndex, List<Marker>> markers) {

  public AuditEntryPage {
    entries = List.copyOf(entries);
    markers = Map.copyOf(markers);
  }

  public AuditEntryPage(List<AuditLeaf> entries, int page, long total) {
    this(entries, page, total, Map.of());
  }

  public List<Marker> markersOf(AuditLeaf entry) {
    return markers.getOrDefault(entry.index(), List.of());
  }
}
