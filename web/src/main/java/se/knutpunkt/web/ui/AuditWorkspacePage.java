package se.knutpunkt.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import se.knutpunkt.application.audit.AccessesPerDay;
import se.knutpunkt.application.audit.AnomalyRules;
import se.knutpunkt.application.audit.AuditEntryFilter;
import se.knutpunkt.application.audit.AuditEntryPage;
import se.knutpunkt.application.audit.AuditExport;
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
  private transient AccessesPerDay perDay;

  /** Distinct colours with at least 3:1 contrast against white, one per agency in turn. */
  private static final List<String> COLOURS =
      List.of(
          "#174a8c", "#b3541e", "#2f7d32", "#8e244d", "#5b3f99", "#00695c", "#7a5c00", "#4a5260");

  /** One day of the chart as its table alternative shows it. */
  public record DayRow(String day, List<Long> counts, long total) {}

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
    perDay = null;
  }

  /** Shows the whole reach again. */
  public void clear() {
    actor = agency = caseId = action = outcome = fromDay = toDay = null;
    filter = AuditEntryFilter.none();
    perDay = null;
  }

  /**
   * The entries the table shows, as a CSV file with the checkpoint it was cut from and each row's
   * inclusion proof (for p:fileDownload); none after a refusal, which the page then shows.
   */
  public StreamedContent getExportFile() {
    try {
      AuditExport export = log.export(user.subject(), filter);
      return DefaultStreamedContent.builder()
          .name(export.fileName())
          .contentType(AuditExport.MEDIA_TYPE)
          .writer(
              out -> {
                try {
                  export.writeTo(out);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .build();
    } catch (RuntimeException e) {
      failures.show(e);
      return null;
    }
  }

  /** The entries the table's search finds, per day and agency; empty after a refusal. */
  private AccessesPerDay perDay() {
    if (perDay == null) {
      try {
        perDay = log.accessesPerDay(user.subject(), filter, LocalDate.now(SWEDEN));
      } catch (RuntimeException e) {
        failures.show(e);
        perDay = new AccessesPerDay(List.of(), new java.util.TreeMap<>());
      }
    }
    return perDay;
  }

  /** The agencies the chart has a series for, in name order. */
  public List<String> getChartAgencies() {
    return List.copyOf(perDay().perAgency().keySet());
  }

  /** The chart's numbers as a table, a row a day, for those who do not see the chart. */
  public List<DayRow> getChartRows() {
    AccessesPerDay counts = perDay();
    List<DayRow> rows = new java.util.ArrayList<>();
    for (int d = 0; d < counts.days().size(); d++) {
      int day = d;
      rows.add(
          new DayRow(
              counts.days().get(d).toString(),
              counts.perAgency().values().stream().map(c -> c.get(day)).toList(),
              counts.total(d)));
    }
    return rows;
  }

  public String getChartFirstDay() {
    List<LocalDate> days = perDay().days();
    return days.isEmpty() ? "" : days.get(0).toString();
  }

  public String getChartLastDay() {
    List<LocalDate> days = perDay().days();
    return days.isEmpty() ? "" : days.get(days.size() - 1).toString();
  }

  /** A stacked bar chart (Chart.js configuration for p:chart): x the day, a series an agency. */
  public String getChartJson() {
    AccessesPerDay counts = perDay();
    JsonArrayBuilder labels = Json.createArrayBuilder();
    counts.days().forEach(day -> labels.add(day.toString()));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    int series = 0;
    for (Map.Entry<String, List<Long>> agencyCounts : counts.perAgency().entrySet()) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      agencyCounts.getValue().forEach(data::add);
      String colour = COLOURS.get(series++ % COLOURS.size());
      datasets.add(
          Json.createObjectBuilder()
              .add("label", agencyCounts.getKey())
              .add("data", data)
              .add("backgroundColor", colour)
              .add("borderColor", colour));
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("animation", false)
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("stacked", true))
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("stacked", true)
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
        .build()
        .toString();
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
