package se.knutpunkt.application.gate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import se.knutpunkt.application.StaleVersionException;
import se.knutpunkt.application.audit.AuditRecord;
import se.knutpunkt.application.audit.AuditTrail;
import se.knutpunkt.application.casework.CaseFactsOf;
import se.knutpunkt.application.casework.CaseSummary;
import se.knutpunkt.application.casework.FieldVersionView;
import se.knutpunkt.application.casework.FieldView;
import se.knutpunkt.application.casework.ReleasedValue;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseFile;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.casefile.FieldValue;
import se.knutpunkt.domain.casefile.ValueVersion;
import se.knutpunkt.domain.identifier.IdentifierValidation;
import se.knutpunkt.domain.identifier.NationalIdentifiers;
import se.knutpunkt.domain.misuse.Matchable;
import se.knutpunkt.domain.notice.Notice;
import se.knutpunkt.domain.notice.Watch;
import se.knutpunkt.security.auditlog.leaf.AuditAction;
import se.knutpunkt.security.auditlog.leaf.AuditOutcome;
import se.knutpunkt.security.auditlog.leaf.ValueHasher;
import se.knutpunkt.security.policy.AccessRequest;
import se.knutpunkt.security.policy.Action;
import se.knutpunkt.security.policy.CaseFacts;
import se.knutpunkt.security.policy.Decision;
import se.knutpunkt.security.policy.PolicyDecisionPoint;
import se.knutpunkt.security.policy.Reason;
import se.knutpunkt.security.policy.Subject;

/**
 * The one gate through which a case value leaves the server: the case view, "my cases", a field's
 * history and the body of a refused stale write (and later pushes, notices, exports and search). It
 * asks the policy decision point about each value and records, before it returns, one audit entry
 * per pass naming every value it released and withheld (path, version, level). Nothing else reads a
 * stored value's content (an architecture test holds every other class to that).
 *
 * <p>What a withheld value shows is decided here (ADR 0006): its path, version and marking; in a
 * section outside the reader's scope, only path and marking; in a history, version and marking —
 * never the author, agency or time of a value the reader may not see.
 */
@ApplicationScoped
public class ValueGate {

  private static final String NO_PREFIX = "";

  private PolicyDecisionPoint pdp;
  private AuditTrail trail;
  private ValueHasher valueHashes;

  /** For the container's proxy only. */
  protected ValueGate() {}

  @Inject
  public ValueGate(PolicyDecisionPoint pdp, AuditTrail trail, ValueHasher valueHashes) {
    this.pdp = pdp;
    this.trail = trail;
    this.valueHashes = valueHashes;
  }

  /** What a value's keyed hash is bound to, so that equal values in other fields hash apart. */
  public static String fingerprintKey(CaseId caseId, FieldPath path) {
    return caseId + "/" + path;
  }

  /**
   * The keyed hash of a stored value, for the audit trail's record of a change: it releases nothing
   * (docs/audit-log.md, "No secret values").
   */
  public String fingerprint(FieldValue stored) {
    return valueHashes.hash(fingerprintKey(stored.caseId(), stored.path()), stored.content());
  }

  /**
   * What a stored identifier value is matched on, for the matching index (it releases nothing: the
   * index keeps keyed hashes only). Empty for a removal or a value that is no identifier.
   */
  public Optional<Matchable> matchable(FieldValue number) {
    if (number.removed()) {
      return Optional.empty();
    }
    IdentifierValidation validation =
        NationalIdentifiers.validate(number.content(), number.writtenAt().toLocalDate());
    return validation.identifier().map(Matchable::of);
  }

  /** What a stored identity document is matched on: its number and issuing country. */
  public Optional<Matchable> matchable(FieldValue number, FieldValue country) {
    if (number.removed() || country.removed()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Matchable.document(country.content(), number.content()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The current values of a case as the subject may see them, recorded as one {@code case.read}
   * entry with {@code opened}, the permit to open the case.
   */
  public List<FieldView> caseValues(
      Subject subject, CaseFile caseFile, Decision opened, List<FieldValue> current) {
    return valuesOfCase(subject, caseFile, opened, current, AuditAction.of(Action.OPEN_CASE));
  }

  /**
   * Values that just changed, as one follower of the case may see them — a push, recorded as one
   * {@code case.push} entry for that follower naming what it released and withheld. A removed value
   * is released as its removal (or withheld like any other version).
   */
  public List<FieldView> pushed(
      Subject follower, CaseFile caseFile, Decision follows, List<FieldValue> changed) {
    return valuesOfCase(follower, caseFile, follows, changed, AuditAction.PUSH);
  }

  /** Values of one case as the reader may see them, recorded as one entry of {@code action}. */
  private List<FieldView> valuesOfCase(
      Subject reader,
      CaseFile caseFile,
      Decision permit,
      List<FieldValue> values,
      AuditAction action) {
    CaseFacts facts = CaseFactsOf.of(caseFile, reader.username());
    ReleaseLedger ledger = new ReleaseLedger();
    List<FieldView> views = new ArrayList<>(values.size());
    for (FieldValue value : values) {
      views.add(view(reader, facts, value, ledger));
    }
    record(
        reader,
        action,
        AuditOutcome.PERMIT,
        permit.reason().name(),
        Optional.of(caseFile.id()),
        caseFile.ownerAgency(),
        Optional.empty(),
        ledger,
        Map.of());
    return views;
  }

  /**
   * "My cases": each case with its title where the subject may see it. Recorded as one {@code
   * case.list} entry per owning agency (so that each agency's auditor sees what of theirs was
   * listed), naming each title as {@code <case id>/overview.title@version:LEVEL}.
   */
  public List<CaseSummary> caseList(
      Subject subject, List<CaseFile> cases, Map<CaseId, FieldValue> titles) {
    Map<AgencyCode, ReleaseLedger> ledgers = new LinkedHashMap<>();
    List<CaseSummary> summaries = new ArrayList<>(cases.size());
    for (CaseFile caseFile : cases) {
      ReleaseLedger ledger =
          ledgers.computeIfAbsent(caseFile.ownerAgency(), owner -> new ReleaseLedger());
      Optional<String> title = title(subject, caseFile, titles.get(caseFile.id()), ledger);
      summaries.add(
          new CaseSummary(
              caseFile.id(), title, caseFile.ownerAgency(), caseFile.type(), caseFile.createdAt()));
    }
    ledgers.forEach(
        (owner, ledger) ->
            record(
                subject,
                AuditAction.of(Action.LIST_CASES),
                AuditOutcome.PERMIT,
                Reason.SIGNED_IN.name(),
                Optional.empty(),
                owner,
                Optional.empty(),
                ledger,
                Map.of()));
    return summaries;
  }

  /** A notice as the gate lets it through: its case's title only where the reader may see it. */
  public record ReleasedNotice(
      Notice notice,
      Optional<CaseFile> caseFile,
      Optional<String> caseTitle,
      Optional<Watch> watch) {}

  /**
   * What notices are about, as stored: their cases, the reader's own watches by id, and the agency
   * each invitation a notice is about was sent to.
   */
  public record NoticeSubjects(
      Map<CaseId, CaseFile> cases,
      Map<Long, Watch> readersWatches,
      Map<String, AgencyCode> invitedAgencies) {

    public NoticeSubjects(Map<CaseId, CaseFile> cases, Map<Long, Watch> readersWatches) {
      this(cases, readersWatches, Map.of());
    }
  }

  /**
   * The notices the reader may see, with nothing released: a notice about a case the reader (or,
   * for an ID-SPOC inbox, their agency) no longer takes part in is left out, and so is one a watch
   * brought that the reader no longer keeps. For counting unread notices; what a notice says leaves
   * through {@link #notices}.
   */
  public List<Notice> visibleNotices(Subject reader, List<Notice> notices, NoticeSubjects about) {
    List<Notice> visible = new ArrayList<>(notices.size());
    for (Notice notice : notices) {
      if (mayRead(reader, notice, about)) {
        visible.add(notice);
      }
    }
    return visible;
  }

  private boolean mayRead(Subject reader, Notice notice, NoticeSubjects about) {
    if (notice.caseId().isPresent()) {
      CaseFile caseFile = about.cases().get(notice.caseId().get());
      return caseFile != null && mayRead(reader, notice, caseFile, about);
    }
    Watch watch = notice.watchId().map(about.readersWatches()::get).orElse(null);
    return watch != null
        && watch.watcher().equals(reader.username())
        && notice.recipient().map(reader.username()::equals).orElse(false)
        && pdp.permits(new AccessRequest.WatchIdentifier(reader));
  }

  /**
   * Notices as their reader may see them, newest first as given: those of {@link #visibleNotices},
   * each with its case's title where the reader may read it. Recorded as one {@code notice.read}
   * entry per agency owning a case shown, naming the notices and the titles released and withheld.
   */
  public List<ReleasedNotice> notices(
      Subject reader, List<Notice> notices, NoticeSubjects about, Map<CaseId, FieldValue> titles) {
    Map<AgencyCode, ReleaseLedger> ledgers = new LinkedHashMap<>();
    Map<AgencyCode, List<String>> shown = new LinkedHashMap<>();
    List<ReleasedNotice> released = new ArrayList<>();
    for (Notice notice : visibleNotices(reader, notices, about)) {
      if (notice.caseId().isEmpty()) {
        // brought by the reader's own watch: about an identifier they chose, in no case of theirs
        ledgers.computeIfAbsent(reader.agency(), owner -> new ReleaseLedger());
        shown
            .computeIfAbsent(reader.agency(), owner -> new ArrayList<>())
            .add(Long.toString(notice.id()));
        released.add(
            new ReleasedNotice(
                notice,
                Optional.empty(),
                Optional.empty(),
                Optional.of(about.readersWatches().get(notice.watchId().orElseThrow()))));
        continue;
      }
      CaseFile caseFile = about.cases().get(notice.caseId().get());
      ReleaseLedger ledger =
          ledgers.computeIfAbsent(caseFile.ownerAgency(), owner -> new ReleaseLedger());
      shown
          .computeIfAbsent(caseFile.ownerAgency(), owner -> new ArrayList<>())
          .add(Long.toString(notice.id()));
      Optional<String> title = title(reader, caseFile, titles.get(caseFile.id()), ledger);
      released.add(new ReleasedNotice(notice, Optional.of(caseFile), title, Optional.empty()));
    }
    ledgers.forEach(
        (owner, ledger) ->
            record(
                reader,
                AuditAction.of(Action.READ_NOTICE),
                AuditOutcome.PERMIT,
                Reason.SIGNED_IN.name(),
                Optional.empty(),
                owner,
                Optional.empty(),
                ledger,
                Map.of("notices", String.join(",", shown.get(owner)))));
    return released;
  }

  /**
   * A case's title where the reader may see it, entered in the ledger as {@code <case
   * id>/overview.title@version:LEVEL}; empty for a case without one.
   */
  private Optional<String> title(
      Subject reader, CaseFile caseFile, FieldValue stored, ReleaseLedger ledger) {
    if (stored == null) {
      return Optional.empty();
    }
    Decision read =
        pdp.decide(readRequest(reader, CaseFactsOf.of(caseFile, reader.username()), stored));
    String prefix = caseFile.id() + "/";
    if (read.permitted()) {
      ledger.released(prefix, stored.path(), stored.version(), stored.marking().level());
      return Optional.of(stored.content());
    }
    ledger.withheld(
        prefix, stored.path(), stored.version(), stored.marking().level(), read.reason());
    return Optional.empty();
  }

  private boolean mayRead(Subject reader, Notice notice, CaseFile caseFile, NoticeSubjects about) {
    boolean toSpocs = notice.spocsOf().isPresent();
    if (toSpocs && !notice.spocsOf().get().equals(reader.agency())) {
      return false;
    }
    if (!toSpocs && !notice.recipient().map(reader.username()::equals).orElse(false)) {
      return false;
    }
    Optional<AgencyCode> invited = notice.invitationId().map(id -> about.invitedAgencies().get(id));
    if (notice.invitationId().isPresent() && invited.isEmpty()) {
      return false;
    }
    return pdp.permits(
        new AccessRequest.ReadNotice(
            reader, CaseFactsOf.of(caseFile, reader.username()), toSpocs, invited));
  }

  /**
   * Every version of a field, oldest first, as the subject may see it; recorded as one {@code
   * field.history} entry. The caller has checked that the section is in the subject's scope.
   */
  public List<FieldVersionView> history(
      Subject subject, CaseFile caseFile, Decision permit, FieldPath path, List<FieldValue> all) {
    CaseFacts facts = CaseFactsOf.of(caseFile, subject.username());
    ReleaseLedger ledger = new ReleaseLedger();
    List<FieldVersionView> versions = new ArrayList<>(all.size());
    for (FieldValue value : all) {
      Decision read = pdp.decide(readRequest(subject, facts, value));
      if (read.permitted()) {
        ledger.released(NO_PREFIX, value.path(), value.version(), value.marking().level());
        versions.add(
            new FieldVersionView(value.version(), value.marking(), Optional.of(released(value))));
      } else {
        ledger.withheld(
            NO_PREFIX, value.path(), value.version(), value.marking().level(), read.reason());
        versions.add(new FieldVersionView(value.version(), value.marking(), Optional.empty()));
      }
    }
    record(
        subject,
        AuditAction.of(Action.READ_HISTORY),
        AuditOutcome.PERMIT,
        permit.reason().name(),
        Optional.of(caseFile.id()),
        caseFile.ownerAgency(),
        Optional.of(path),
        ledger,
        Map.of());
    return versions;
  }

  /**
   * A write based on {@code baseVersion} found the field at a newer version: the refusal, with the
   * current value only if the writer may see it, recorded apart from the refused write (which rolls
   * back) as one {@code field.write} DENY entry naming what it released.
   */
  public StaleVersionException staleWrite(
      Subject subject, CaseFile caseFile, FieldPath path, long baseVersion, FieldValue current) {
    CaseFacts facts = CaseFactsOf.of(caseFile, subject.username());
    ReleaseLedger ledger = new ReleaseLedger();
    Decision read = pdp.decide(readRequest(subject, facts, current));
    Optional<String> shown = Optional.empty();
    if (read.permitted()) {
      ledger.released(NO_PREFIX, path, current.version(), current.marking().level());
      shown = Optional.of(current.content());
    } else {
      ledger.withheld(NO_PREFIX, path, current.version(), current.marking().level(), read.reason());
    }
    for (Map<String, String> details :
        ledger.entries(
            Map.of(
                "baseVersion",
                Long.toString(baseVersion),
                "currentVersion",
                Long.toString(current.version())))) {
      trail.recordApart(
          new AuditRecord(
              subject.username(),
              subject.agency(),
              AuditAction.of(Action.WRITE_FIELD),
              AuditOutcome.DENY,
              "STALE_VERSION",
              Optional.of(caseFile.id()),
              Optional.of(caseFile.ownerAgency()),
              Optional.of(path),
              details));
    }
    return new StaleVersionException(current.version(), shown);
  }

  private void record(
      Subject subject,
      AuditAction action,
      AuditOutcome outcome,
      String reason,
      Optional<CaseId> caseId,
      AgencyCode owner,
      Optional<FieldPath> path,
      ReleaseLedger ledger,
      Map<String, String> common) {
    for (Map<String, String> details : ledger.entries(common)) {
      trail.record(
          new AuditRecord(
              subject.username(),
              subject.agency(),
              action,
              outcome,
              reason,
              caseId,
              Optional.of(owner),
              path,
              details));
    }
  }

  /** One value as the reader may see it, entered in the ledger. */
  private FieldView view(Subject reader, CaseFacts facts, FieldValue value, ReleaseLedger ledger) {
    Decision read = pdp.decide(readRequest(reader, facts, value));
    if (read.permitted()) {
      ledger.released(NO_PREFIX, value.path(), value.version(), value.marking().level());
      return new FieldView(
          value.path(),
          value.marking(),
          OptionalLong.of(value.version()),
          Optional.of(released(value)));
    }
    ledger.withheld(
        NO_PREFIX, value.path(), value.version(), value.marking().level(), read.reason());
    boolean inScope = read.reason() != Reason.SECTION_NOT_IN_SCOPE;
    return new FieldView(
        value.path(),
        value.marking(),
        inScope ? OptionalLong.of(value.version()) : OptionalLong.empty(),
        Optional.empty());
  }

  private static AccessRequest.ReadField readRequest(
      Subject subject, CaseFacts facts, FieldValue value) {
    return new AccessRequest.ReadField(
        subject,
        facts,
        value.path().section(),
        value.marking(),
        Optional.of(new ValueVersion(value.path(), value.version())));
  }

  private static ReleasedValue released(FieldValue value) {
    return new ReleasedValue(
        value.content(),
        value.author().value(),
        value.authorAgency(),
        value.writtenAt(),
        value.removed());
  }
}
