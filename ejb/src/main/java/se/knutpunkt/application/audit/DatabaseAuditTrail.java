package se.knutpunkt.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.audit.AuditEntry;
import se.knutpunkt.domain.audit.AuditEntryRepository;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.FieldPath;

/** Writes audit entries to the database in the caller's transaction (one is required). */
@ApplicationScoped
public class DatabaseAuditTrail implements AuditTrail {

  private static final int MAX_DETAILS = 4000;

  @Inject AuditEntryRepository entries;
  @Inject RequestOrigin origin;
  @Inject Clock clock;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(AuditRecord record) {
    entries.append(
        new AuditEntry(
            OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
            record.actor().value(),
            record.actorAgency().value(),
            record.action(),
            record.outcome(),
            record.reason(),
            record.caseId().map(CaseId::toString),
            record.resourceOwner().map(AgencyCode::value),
            record.path().map(FieldPath::value),
            Optional.of(origin.requestId()),
            origin.clientAddress(),
            detailsText(record.details())));
  }

  private static String detailsText(Map<String, String> details) {
    String text =
        details.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("; "));
    return text.length() <= MAX_DETAILS ? text : text.substring(0, MAX_DETAILS - 1) + "…";
  }
}
