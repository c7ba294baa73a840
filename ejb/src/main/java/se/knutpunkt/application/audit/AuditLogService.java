package se.knutpunkt.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import se.knutpunkt.application.AccessGuard;
import se.knutpunkt.application.AccessGuard.Target;
import se.knutpunkt.application.ConflictException;
import se.knutpunkt.application.InvalidInputException;
import se.knutpunkt.application.NotFoundException;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.security.auditlog.checkpoint.Checkpoint;
import se.knutpunkt.security.auditlog.checkpoint.Cosignature;
import se.knutpunkt.security.auditlog.checkpoint.MalformedNoteException;
import se.knutpunkt.security.auditlog.checkpoint.NoteSignature;
import se.knutpunkt.security.auditlog.checkpoint.NoteVerificationException;
import se.knutpunkt.security.auditlog.checkpoint.SignedCheckpoint;
import se.knutpunkt.security.auditlog.checkpoint.SignedNote;
import se.knutpunkt.security.auditlog.checkpoint.VerifierKey;
import se.knutpunkt.security.auditlog.checkpoint.WitnessKey;
import se.knutpunkt.security.auditlog.leaf.AuditAction;
import se.knutpunkt.security.auditlog.leaf.AuditLeaf;
import se.knutpunkt.security.auditlog.leaf.AuditOutcome;
import se.knutpunkt.security.auditlog.merkle.ConsistencyProof;
import se.knutpunkt.security.auditlog.merkle.InclusionProof;
import se.knutpunkt.security.auditlog.merkle.LeafIndex;
import se.knutpunkt.security.auditlog.merkle.TreeHasher;
import se.knutpunkt.security.auditlog.merkle.TreeSize;
import se.knutpunkt.security.policy.AccessRequest;
import se.knutpunkt.security.policy.AuditReach;
import se.knutpunkt.security.policy.Decision;
import se.knutpunkt.security.policy.PolicyDecisionPoint;
import se.knutpunkt.security.policy.Subject;

/**
 * Reading the verifiable log: the newest checkpoint and the verifier key for anyone, leaves and
 * proofs for auditors (a verifier needs every leaf), and entries for auditors within their reach.
 * Everything served lies within the newest signed checkpoint, so a proof always matches a root the
 * server has signed. Reads need no transaction: a plain CDI bean, not an EJB (issue 9).
 */
@ApplicationScoped
public class AuditLogService {

  /** At most this many leaves a call (API.md). */
  public static final int MAX_LEAVES = 10_000;

  public static final int ENTRIES_PER_PAGE = 50;

  /** The chart of accesses per day covers at most this many days. */
  public static final int CHART_DAYS = 31;

  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  /** At most this many witnesses' cosignatures on one checkpoint (a note holds 100 signatures). */
  public static final int MAX_COSIGNATURES = 50;

  /** How far a cosignature's time may run ahead of this server's clock. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

  @Inject AuditLogStore store;
  @Inject LogVerifierKey signingKey;
  @Inject AccessGuard guard;
  @Inject PolicyDecisionPoint pdp;
  @Inject AuditTrail trail;
  @Inject Clock clock;

  public VerifierKey verifierKey() {
    return signingKey.verifierKey();
  }

  /** The newest signed checkpoint, checked against our own key before it is served. */
  public SignedCheckpoint newestCheckpoint() {
    String note =
        store
            .newestCheckpoint()
            .orElseThrow(() -> new IllegalStateException("the audit log has no checkpoint yet"));
    return SignedCheckpoint.open(note, verifierKey());
  }

  /**
   * The newest signed checkpoint with the witnesses' cosignatures stored for it appended (often
   * none: the newest checkpoint is usually newer than the last one a witness cosigned).
   */
  public SignedNote newestCheckpointCosigned(Subject reader) {
    SignedNote note = cosigned(newestCheckpoint());
    recordCheckpointRead(reader, "newest");
    return note;
  }

  /** The checkpoint the log signed for exactly this size, with its cosignatures. */
  public SignedNote checkpointCosigned(Subject reader, long size) {
    TreeSize newest = newestCheckpoint().checkpoint().size();
    requireSize("size", size, newest);
    SignedNote note = cosigned(storedCheckpoint(TreeSize.of(size)));
    recordCheckpointRead(reader, "size " + size);
    return note;
  }

  /** The newest checkpoint a witness of this key cosigned, with its cosignatures. */
  public SignedNote newestCheckpointCosignedBy(Subject reader, WitnessKey witness) {
    TreeSize size =
        store
            .newestCosignedBy(witness.encoded())
            .orElseThrow(() -> new NotFoundException("checkpoint cosigned by that witness"));
    SignedNote note = cosigned(storedCheckpoint(size));
    recordCheckpointRead(reader, "cosigned by " + witness.encoded());
    return note;
  }

  /** Anyone signed in reads the checkpoints (verifiers, witnesses); each read is recorded. */
  private void recordCheckpointRead(Subject reader, String which) {
    trail.recordApart(
        AuditRecord.of(
            reader,
            AuditAction.of("audit.checkpoint.read"),
            AuditOutcome.PERMIT,
            "SIGNED_IN",
            Map.of("checkpoint", which)));
  }

  /** What {@link #addCosignature} did: whether it added one, and the checkpoint now. */
  public record CosignatureAdded(boolean added, SignedNote checkpoint) {}

  /**
   * Adds a witness's cosignature of one of the log's checkpoints, brought by an auditor: it must be
   * a valid cosignature/v1 of that witness key over exactly the checkpoint this log signed for that
   * size (400 otherwise; 409 for a checkpoint the log never signed, i.e. the witness saw another
   * log or a fork). Recorded as {@code audit.checkpoint.cosign}. A witness key's second cosignature
   * of the same size is not added again.
   */
  @Transactional
  public CosignatureAdded addCosignature(Subject subject, CosignatureSubmission submission) {
    Decision permitted = guard.require(new AccessRequest.AddCosignature(subject), Target.none());
    Checkpoint claimed;
    try {
      claimed = Checkpoint.parse(submission.note().text());
    } catch (MalformedNoteException e) {
      throw new InvalidInputException("body", "audit.cosignature.checkpoint", e.getMessage());
    }
    SignedCheckpoint ours = newestCheckpoint();
    if (!claimed.origin().equals(ours.checkpoint().origin())) {
      throw new InvalidInputException(
          "body", "audit.cosignature.otherLog", claimed.origin(), ours.checkpoint().origin());
    }
    TreeSize size = claimed.size();
    Optional<SignedCheckpoint> signed =
        size.compareTo(ours.checkpoint().size()) > 0
            ? Optional.empty()
            : store.checkpoint(size).map(note -> SignedCheckpoint.open(note, verifierKey()));
    if (signed.isEmpty()) {
      throw new ConflictException("audit.cosignature.noSuchCheckpoint", size.value());
    }
    if (!signed.get().checkpoint().body().equals(submission.note().text())) {
      throw new ConflictException("audit.cosignature.notOurCheckpoint", size.value());
    }
    Cosignature cosignature;
    try {
      cosignature = submission.witness().requireIn(submission.note());
    } catch (NoteVerificationException e) {
      throw new InvalidInputException("body", "audit.cosignature.invalid", e.getMessage());
    }
    Instant now = clock.instant();
    if (cosignature.time().isAfter(now.plus(CLOCK_SKEW))) {
      throw new InvalidInputException(
          "body", "audit.cosignature.future", cosignature.time().toString(), now.toString());
    }
    List<String> lines = store.cosignatureLines(size);
    String line = cosignature.line().strip();
    boolean added = false;
    if (!lines.contains(line)) {
      if (lines.size() >= MAX_COSIGNATURES) {
        throw new ConflictException("audit.cosignature.tooMany", size.value(), MAX_COSIGNATURES);
      }
      added =
          store.addCosignature(new StoredCosignature(size, cosignature, subject.username(), now));
    }
    if (added) {
      Map<String, String> details = new TreeMap<>();
      details.put("treeSize", Long.toString(size.value()));
      details.put("root", claimed.root().base64());
      details.put("witness", cosignature.witness().encoded());
      details.put("cosignedAt", cosignature.time().toString());
      trail.record(
          new AuditRecord(
              subject.username(),
              subject.agency(),
              AuditAction.of(permitted.action()),
              AuditOutcome.PERMIT,
              permitted.reason().name(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              details));
    }
    return new CosignatureAdded(added, cosigned(signed.get()));
  }

  private SignedCheckpoint storedCheckpoint(TreeSize size) {
    return SignedCheckpoint.open(
        store.checkpoint(size).orElseThrow(() -> new NotFoundException("checkpoint of that size")),
        verifierKey());
  }

  /** The checkpoint's note with the stored cosignature lines (each checked when it was added). */
  private SignedNote cosigned(SignedCheckpoint checkpoint) {
    SignedNote note = checkpoint.note();
    for (String line : store.cosignatureLines(checkpoint.checkpoint().size())) {
      note = note.withSignature(NoteSignature.parse(line));
    }
    return note;
  }

  /**
   * The entries [start, end) for a verifier: in full within the subject's reach, as their leaf hash
   * outside it (IMY's auditors get all in full), so that every auditor verifies the whole log while
   * reading only their own agency's entries. Each call is recorded.
   */
  public List<ServedLeaf> leaves(Subject subject, long start, long end) {
    Decision audits = requireAuditor(subject);
    TreeSize size = newestCheckpoint().checkpoint().size();
    if (start < 0) {
      throw new InvalidInputException("start", "audit.start.negative");
    }
    if (end < start) {
      throw new InvalidInputException("end", "audit.end.belowStart");
    }
    if (end - start > MAX_LEAVES) {
      throw new InvalidInputException("end", "audit.end.tooMany", MAX_LEAVES);
    }
    if (end > size.value()) {
      throw new InvalidInputException("end", "audit.end.beyondCheckpoint", size.value());
    }
    AuditReach reach = pdp.auditReach(subject);
    List<ServedLeaf> served = new ArrayList<>((int) (end - start));
    TreeHasher hasher = new TreeHasher(); // not thread-safe: one per call
    int hashOnly = 0;
    for (byte[] leaf : store.leaves(start, end)) {
      if (reach.isEverything() || mayRead(subject, AuditLeaf.decode(leaf))) {
        served.add(new ServedLeaf.InFull(leaf));
      } else {
        served.add(new ServedLeaf.HashOnly(hasher.leafHash(leaf)));
        hashOnly++;
      }
    }
    trail.recordApart(
        auditorsRead(
            subject,
            audits,
            "audit.leaves.read",
            Map.of(
                "start", Long.toString(start),
                "end", Long.toString(end),
                "hashOnly", Integer.toString(hashOnly))));
    return served;
  }

  public InclusionProof inclusionProof(Subject subject, long index, long treeSize) {
    Decision audits = requireAuditor(subject);
    TreeSize size = newestCheckpoint().checkpoint().size();
    requireSize("treeSize", treeSize, size);
    if (index < 0 || index >= treeSize) {
      throw new InvalidInputException("index", "audit.index.range");
    }
    InclusionProof proof = store.inclusionProof(LeafIndex.of(index), TreeSize.of(treeSize));
    trail.recordApart(
        auditorsRead(
            subject,
            audits,
            "audit.proof.read",
            Map.of(
                "proof", "inclusion",
                "index", Long.toString(index),
                "treeSize", Long.toString(treeSize))));
    return proof;
  }

  public ConsistencyProof consistencyProof(Subject subject, long first, long second) {
    Decision audits = requireAuditor(subject);
    TreeSize size = newestCheckpoint().checkpoint().size();
    requireSize("second", second, size);
    if (first < 0 || first > second) {
      throw new InvalidInputException("first", "audit.first.range");
    }
    ConsistencyProof proof = store.consistencyProof(TreeSize.of(first), TreeSize.of(second));
    trail.recordApart(
        auditorsRead(
            subject,
            audits,
            "audit.proof.read",
            Map.of(
                "proof", "consistency",
                "first", Long.toString(first),
                "second", Long.toString(second))));
    return proof;
  }

  /** Which entries the subject may read: nothing for people who are no auditors. */
  public AuditReach reachOf(Subject subject) {
    return pdp.auditReach(subject);
  }

  /** The entries the subject's reach covers, newest first; an auditor of IMY sees all. */
  public AuditEntryPage entries(Subject subject, AuditEntryFilter filter, int page) {
    return entries(subject, filter, page, ENTRIES_PER_PAGE);
  }

  /**
   * A page of {@code pageSize} entries (at most {@value #ENTRIES_PER_PAGE}); the search itself is
   * recorded, as every auditor's search is (issue 14).
   */
  public AuditEntryPage entries(Subject subject, AuditEntryFilter filter, int page, int pageSize) {
    Decision audits = requireAuditor(subject);
    if (page < 1) {
      throw new InvalidInputException("page", "audit.page.fromOne");
    }
    if (pageSize < 1 || pageSize > ENTRIES_PER_PAGE) {
      throw new InvalidInputException("pageSize", "audit.pageSize.range", ENTRIES_PER_PAGE);
    }
    requireRange(filter);
    AuditReach reach = pdp.auditReach(subject);
    Map<String, String> searched = filter.asDetails();
    searched.put("page", Integer.toString(page));
    trail.recordApart(auditorsRead(subject, audits, "audit.entries.search", searched));
    AuditEntryPage found = store.entries(filter, reach, page, pageSize);
    // the query filtered on copied columns; what is shown is decided on the signed leaf itself
    List<AuditLeaf> permitted =
        found.entries().stream().filter(leaf -> mayRead(subject, leaf)).toList();
    AuditHistory history = PageHistory.of(permitted, store);
    Map<LeafIndex, List<AnomalyRules.Marker>> markers = new HashMap<>();
    permitted.forEach(leaf -> markers.put(leaf.index(), AnomalyRules.of(leaf.event(), history)));
    return new AuditEntryPage(permitted, page, found.total(), found.totalIsAtLeast(), markers);
  }

  private static AuditRecord auditorsRead(
      Subject subject, Decision audits, String action, Map<String, String> details) {
    return AuditRecord.of(
        subject, AuditAction.of(action), AuditOutcome.PERMIT, audits.reason().name(), details);
  }

  /**
   * An export of the entries the filter finds within the subject's reach, cut from the newest
   * signed checkpoint, each with its inclusion proof (ADR 0012); at most {@value
   * AuditExport#MAX_ROWS} entries. The export is recorded, with the filter and how many entries
   * matched, before a byte of it is written.
   */
  public AuditExport export(Subject subject, AuditEntryFilter filter) {
    Decision audits = requireAuditor(subject);
    requireRange(filter);
    AuditReach reach = pdp.auditReach(subject);
    SignedCheckpoint checkpoint = newestCheckpoint();
    TreeSize size = checkpoint.checkpoint().size();
    long matching = store.count(filter, reach, size, AuditExport.MAX_ROWS + 1L);
    if (matching > AuditExport.MAX_ROWS) {
      throw new InvalidInputException("filter", "audit.export.tooMany", AuditExport.MAX_ROWS);
    }
    Map<String, String> exported = filter.asDetails();
    exported.put("rows", Long.toString(matching));
    exported.put("treeSize", Long.toString(size.value()));
    trail.recordApart(
        new AuditRecord(
            subject.username(),
            subject.agency(),
            AuditAction.of("audit.entries.export"),
            AuditOutcome.PERMIT,
            audits.reason().name(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            exported));
    return new AuditExport(
        store,
        checkpoint,
        verifierKey(),
        filter,
        reach,
        leaf -> mayRead(subject, leaf),
        subject.username().value() + " (" + subject.agency().value() + ")",
        Instant.now(),
        matching);
  }

  /**
   * The entries the filter finds within the subject's reach, counted per Swedish day and actor
   * agency in one grouped query: over the filter's time range, or the last {@value #CHART_DAYS}
   * days up to today; a longer range is cut to its last {@value #CHART_DAYS} days. Counted on the
   * copied columns, as the search's total is.
   */
  public AccessesPerDay accessesPerDay(Subject subject, AuditEntryFilter filter, LocalDate today) {
    requireAuditor(subject);
    requireRange(filter);
    LocalDate end =
        filter
            .to()
            .map(at -> at.minusMillis(1).atZone(SWEDEN).toLocalDate().plusDays(1))
            .orElse(today.plusDays(1));
    LocalDate start =
        filter
            .from()
            .map(at -> at.atZone(SWEDEN).toLocalDate())
            .filter(day -> !day.isBefore(end.minusDays(CHART_DAYS)))
            .orElse(end.minusDays(CHART_DAYS));
    Instant from = start.atStartOfDay(SWEDEN).toInstant();
    Instant to = end.atStartOfDay(SWEDEN).toInstant();
    if (filter.from().isPresent() && filter.from().get().isAfter(from)) {
      from = filter.from().get();
    }
    if (filter.to().isPresent() && filter.to().get().isBefore(to)) {
      to = filter.to().get();
    }
    AuditEntryFilter window =
        new AuditEntryFilter(
            filter.caseId(),
            filter.actor(),
            filter.agency(),
            filter.action(),
            filter.outcome(),
            Optional.of(from),
            Optional.of(to));
    List<LocalDate> days = start.datesUntil(end).toList();
    Map<String, long[]> counts = new TreeMap<>();
    for (AuditLogStore.HourlyCount hour :
        store.countPerHourAndAgency(window, pdp.auditReach(subject))) {
      int day = (int) ChronoUnit.DAYS.between(start, hour.hour().atZone(SWEDEN).toLocalDate());
      if (day >= 0 && day < days.size()) {
        counts.computeIfAbsent(hour.agency(), a -> new long[days.size()])[day] += hour.count();
      }
    }
    SortedMap<String, List<Long>> perAgency = new TreeMap<>();
    counts.forEach((agency, c) -> perAgency.put(agency, Arrays.stream(c).boxed().toList()));
    return new AccessesPerDay(days, perAgency);
  }

  private static void requireRange(AuditEntryFilter filter) {
    if (filter.from().isPresent()
        && filter.to().isPresent()
        && !filter.from().get().isBefore(filter.to().get())) {
      throw new InvalidInputException("to", "audit.range.reversed");
    }
  }

  private boolean mayRead(Subject subject, AuditLeaf leaf) {
    Optional<AgencyCode> actorAgency = agency(leaf.event().actor().agency());
    Optional<AgencyCode> owner = leaf.event().resource().ownerAgency().flatMap(this::agency);
    if (actorAgency.isEmpty()) {
      return pdp.auditReach(subject).isEverything();
    }
    return pdp.permits(new AccessRequest.ReadAuditEntry(subject, actorAgency.get(), owner));
  }

  private Optional<AgencyCode> agency(String recorded) {
    try {
      return Optional.of(AgencyCode.of(recorded));
    } catch (IllegalArgumentException notAnAgencyCode) {
      return Optional.empty();
    }
  }

  private Decision requireAuditor(Subject subject) {
    return guard.require(new AccessRequest.ReadAuditLog(subject), Target.none());
  }

  private static void requireSize(String field, long requested, TreeSize newest) {
    if (requested < 0 || requested > newest.value()) {
      throw new InvalidInputException(field, "audit.size.range", field, newest.value());
    }
  }
}
