package se.knutpunkt.application.audit;

import java.util.List;
import se.knutpunkt.security.auditlog.leaf.AuditLeaf;

/** One page of audit entries, newest first, decoded from the log's leaves; and how many match. */
public record AuditEntryPage(List<AuditLeaf> entries, int page, long total) {

  public AuditEntryPage {
    entries = List.copyOf(entries);
  }
}
