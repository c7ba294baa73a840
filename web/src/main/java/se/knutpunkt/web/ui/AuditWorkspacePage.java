package se.knutpunkt.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import se.knutpunkt.application.audit.AnomalyRules;
import se.knutpunkt.application.audit.AuditEntryFilter;
import se.knutpunkt.application.audit.AuditEntryPage;
import se.knutpunkt.application.audit.AuditLogService;
import se.knutpunkt.security.auditlog.leaf.AuditEvent;
import se.knutpunkt.security.auditlog.leaf.AuditLeaf;

/**
 * The auditor's search of the log (issue 14, first part): by user, agency, case, action, outcome
 * and time, a page at a time from the database. Entries show paths and markings, never content;
 * each search is itself recorded.
 */
@Named
@ViewScoped
public class AuditWorkspacePage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  @Inject transient AuditLogService log;
  @Inject transient UserSession user;
  @Inject transient Failures failures;
  @Inject transient Texts texts;

  private String actor;
  private String agency;
  private String caseId;
  private String action;
  private String outcome;
  private String fromDay;
  private String toDay;
  private AuditEntryFilter filter = AuditEntryFilter.none();
  private boolean moreThanCounted;

  /** One entry as the table shows it. */
  public record Row(
      long index,
      String at,
      String actor,
      String agency,
      String action,
      String outcome,
      String reason,
      String caseId,
      String path,
      String details,
      List<AnomalyRules.Marker> markers) {

    static Row of(AuditLeaf leaf, List<AnomalyRules.Marker> markers) {
      AuditEvent event = leaf.event();
      return new Row(
          leaf.index().value(),
          event.at().atZone(SWEDEN).toLocalDateTime().withNano(0).toString().replace('T', ' '),
          event.actor().username(),
          event.actor().agency(),
          event.action().name(),
          event.outcome().name(),
          event.reason(),
          event.resource().caseId().orElse(""),
          event.resource().fieldPath().orElse(""),
          String.join(
              "; ",
              event.details().asMap().entrySet().stream()
                  .map(e -> e.getKey() + "=" + e.getValue())
                  .toList()),
          markers);
    }
  }

  private final LazyDataModel<Row> entries =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;
        private long total;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) Math.min(Integer.MAX_VALUE, total);
        }

        @Override
        public List<Row> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> by) {
          try {
            AuditEntryPage page =
                log.entries(user.subject(), filter, first / pageSize + 1, pageSize);
            total = page.total();
            moreThanCounted = page.totalIsAtLeast();
            setRowCount((int) Math.min(Integer.MAX_VALUE, total));
            return page.entries().stream().map(e -> Row.of(e, page.markersOf(e))).toList();
          } catch (RuntimeException e) {
            failures.show(e);
            setRowCount(0);
            return List.of();
          }
        }

        @Override
        public String getRowKey(Row row) {
          return Long.toString(row.index());
        }
      };

  /** Whether the search matched more entries than are counted: the page asks to narrow it. */
  public boolean isMoreThanCounted() {
    return moreThanCounted;
  }

  public int getCountedUpTo() {
    return AuditEntryPage.COUNTED_UP_TO;
  }

  public LazyDataModel<Row> getEntries() {
    return entries;
  }

  /** Narrows the table to what the form says. */
  public void search() {
    Optional<Instant> from;
    Optional<Instant> to;
    try {
      from = day(fromDay).map(d -> d.atStartOfDay(SWEDEN).toInstant());
      to = day(toDay).map(d -> d.plusDays(1).atStartOfDay(SWEDEN).toInstant());
    } catch (DateTimeParseException e) {
      texts.error("auditWorkspace.badDate");
      return;
    }
    if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
      texts.error("auditWorkspace.reversed");
      return;
    }
    filter =
        new AuditEntryFilter(
            text(caseId), text(actor), text(agency), text(action), text(outcome), from, to);
  }

  /** Shows the whole reach again. */
  public void clear() {
    actor = agency = caseId = action = outcome = fromDay = toDay = null;
    filter = AuditEntryFilter.none();
  }

  /** Shows every entry of one case (its access history). */
  public void historyOf(String id) {
    clear();
    caseId = id;
    search();
  }

  /** Shows everything one person did. */
  public void activityOf(String username) {
    clear();
    actor = username;
    search();
  }

  private static Optional<LocalDate> day(String text) {
    return Optional.ofNullable(text)
        .map(String::strip)
        .filter(t -> !t.isEmpty())
        .map(LocalDate::parse);
  }

  private static Optional<String> text(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }

  public List<String> getAgencyChoices() {
    return texts.agencyCodes();
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getAgency() {
    return agency;
  }

  public void setAgency(String agency) {
    this.agency = agency;
  }

  public String getCaseId() {
    return caseId;
  }

  public void setCaseId(String caseId) {
    this.caseId = caseId;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getFromDay() {
    return fromDay;
  }

  public void setFromDay(String fromDay) {
    this.fromDay = fromDay;
  }

  public String getToDay() {
    return toDay;
  }

  public void setToDay(String toDay) {
    this.toDay = toDay;
  }
}
