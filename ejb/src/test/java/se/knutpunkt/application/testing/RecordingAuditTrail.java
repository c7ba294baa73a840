package se.knutpunkt.application.testing;

import java.util.ArrayList;
import java.util.List;
import se.knutpunkt.application.audit.AuditRecord;
import se.knutpunkt.application.audit.AuditTrail;

/** Keeps what would be recorded, and whether apart from the request's transaction. */
public final class RecordingAuditTrail implements AuditTrail {

  /** A recorded entry and whether it was recorded apart (it stays when the request rolls back). */
  public record Entry(AuditRecord record, boolean apart) {}

  private final List<Entry> entries = new ArrayList<>();

  @Override
  public void record(AuditRecord record) {
    entries.add(new Entry(record, false));
  }

  @Override
  public void recordApart(AuditRecord record) {
    entries.add(new Entry(record, true));
  }

  public List<Entry> entries() {
    return List.copyOf(entries);
  }

  public List<AuditRecord> records() {
    return entries.stream().map(Entry::record).toList();
  }

  public void clear() {
    entries.clear();
  }
}
