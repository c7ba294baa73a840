package se.knutpunkt.domain.audit;

import java.util.List;

public interface AuditEntryRepository {

  void append(AuditEntry entry);

  /** The newest entries first; for tests and the first audit views. */
  List<AuditEntry> newest(int max);
}
