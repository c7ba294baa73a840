package se.knutpunkt.application.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import se.knutpunkt.security.auditlog.checkpoint.SignedCheckpoint;
import se.knutpunkt.security.auditlog.checkpoint.VerifierKey;
import se.knutpunkt.security.auditlog.leaf.AuditEvent;
import se.knutpunkt.security.auditlog.leaf.AuditLeaf;
import se.knutpunkt.security.auditlog.merkle.InclusionProof;
import se.knutpunkt.security.auditlog.merkle.MerkleHash;
import se.knutpunkt.security.auditlog.merkle.TreeSize;
import se.knutpunkt.security.policy.AuditReach;

/**
 * An auditor's export of the entries a search found, cut from one signed checkpoint, as one CSV
 * file (RFC 4180, Apache Commons CSV) that a court checks without the platform (ADR 0012): header
 * comments hold the checkpoint's signed note and the verifier key; each row holds the entry
 * decoded, its canonical leaf bytes and its RFC 9162 inclusion proof in the checkpoint's tree; a
 * last comment says how many rows came, so a cut-off file shows. Made by {@link
 * AuditLogService#export} once the caller may export; {@link #writeTo} streams it.
 */
public final class AuditExport {

  /** At most this many rows an export; narrow the search for more. */
  public static final int MAX_ROWS = 100_000;

  public static final String MEDIA_TYPE = "text/csv; charset=utf-8";

  /** The columns, in order; every column before {@code leaf} is decoded from it. */
  public static final List<String> COLUMNS =
      List.of(
          "index",
          "time",
          "actor",
          "actor_agency",
          "action",
          "outcome",
          "reason",
          "case_id",
          "resource_owner_agency",
          "section",
          "field_path",
          "attachment_id",
          "request_id",
          "client_address",
          "details",
          "leaf",
          "inclusion_proof");

  static final String CHECKPOINT_BEGIN = "checkpoint:";
  static final String CHECKPOINT_END = "end of checkpoint";

  private static final DateTimeFormatter FILE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final AuditLogStore store;
  private final SignedCheckpoint checkpoint;
  private final VerifierKey key;
  private final AuditEntryFilter filter;
  private final AuditReach reach;
  private final Predicate<AuditLeaf> mayRead;
  private final String exportedBy;
  private final Instant exportedAt;
  private final long matching;

  AuditExport(
      AuditLogStore store,
      SignedCheckpoint checkpoint,
      VerifierKey key,
      AuditEntryFilter filter,
      AuditReach reach,
      Predicate<AuditLeaf> mayRead,
      String exportedBy,
      Instant exportedAt,
      long matching) {
    this.store = store;
    this.checkpoint = checkpoint;
    this.key = key;
    this.filter = filter;
    this.reach = reach;
    this.mayRead = mayRead;
    this.exportedBy = exportedBy;
    this.exportedAt = exportedAt.truncatedTo(ChronoUnit.SECONDS);
    this.matching = matching;
  }

  /** The size of the tree the export was cut from: every row's index lies below it. */
  public TreeSize treeSize() {
    return checkpoint.checkpoint().size();
  }

  /** How many entries matched when the export was made (the rows, unless one was refused). */
  public long matching() {
    return matching;
  }

  /** A file name that says when and from which tree size. */
  public String fileName() {
    return "knutpunkt-audit-"
        + FILE_TIME.format(exportedAt)
        + "-tree-"
        + treeSize().value()
        + ".csv";
  }

  /**
   * Writes the CSV to {@code out} (UTF-8, CRLF line ends), reading the entries a page at a time;
   * leaves {@code out} open.
   */
  public void writeTo(OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setCommentMarker('#')
            .setHeaderComments(headerComments().toArray(String[]::new))
            .setHeader(COLUMNS.toArray(String[]::new))
            .get();
    CSVPrinter csv = new CSVPrinter(writer, format);
    long[] rows = {0};
    Base64.Encoder base64 = Base64.getEncoder();
    try {
      store.forEachEntry(
          filter,
          reach,
          treeSize(),
          (leaf, decoded, proof) -> {
            if (!mayRead.test(decoded)) {
              return;
            }
            try {
              csv.printRecord(row(leaf, decoded, proof.get(), base64));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            rows[0]++;
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    csv.printComment("end of export: " + rows[0] + " rows");
    csv.flush();
  }

  private List<String> headerComments() {
    List<String> lines = new ArrayList<>();
    lines.add("Knutpunkt audit log export. Each comment line is \"# \" and a line of text.");
    lines.add("exported-at: " + exportedAt);
    lines.add("exported-by: " + exportedBy);
    lines.add("filter: " + describe(filter.asDetails()));
    lines.add("tree-size: " + treeSize().value());
    lines.add("verifier-key: " + key.encoded());
    lines.add(CHECKPOINT_BEGIN);
    // the signed note (C2SP tlog-checkpoint, signed-note): one comment line per line of the note
    String note = checkpoint.text();
    for (String line : note.substring(0, note.length() - 1).split("\n", -1)) {
      lines.add(line);
    }
    lines.add(CHECKPOINT_END);
    lines.add("How to verify, with no Knutpunkt code (see docs/adr/0012-audit-export.md):");
    lines.add(
        "1. Check the checkpoint: its lines, each ended by a line feed, are a C2SP signed note;"
            + " its Ed25519 signature must verify with the verifier key, which you get from the"
            + " agency itself (GET /audit/public-key), not only from this file.");
    lines.add(
        "2. For each row: leaf hash = SHA-256(0x00 || base64-decoded leaf) (RFC 9162 2.1.1).");
    lines.add(
        "3. inclusion_proof (base64 hashes, nearest the leaf first) must lead from the leaf hash"
            + " at index to the checkpoint's root in the tree of tree-size leaves"
            + " (RFC 9162 2.1.3.2).");
    lines.add(
        "4. The columns before leaf are the leaf decoded (Knutpunkt audit leaf v1,"
            + " docs/audit-log.md); where they differ, the leaf counts.");
    lines.add("The last line says how many rows came; a file without it is cut off.");
    return lines;
  }

  private static String describe(Map<String, String> searched) {
    if (searched.isEmpty()) {
      return "none (every entry within the exporter's reach)";
    }
    return searched.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining("; "));
  }

  private static List<String> row(
      byte[] leaf, AuditLeaf decoded, InclusionProof proof, Base64.Encoder base64) {
    AuditEvent event = decoded.event();
    return List.of(
        Long.toString(decoded.index().value()),
        event.at().toString(),
        event.actor().username(),
        event.actor().agency(),
        event.action().name(),
        event.outcome().name(),
        event.reason(),
        event.resource().caseId().orElse(""),
        event.resource().ownerAgency().orElse(""),
        event.resource().section().orElse(""),
        event.resource().fieldPath().orElse(""),
        event.resource().attachmentId().orElse(""),
        event.requestId().orElse(""),
        event.clientAddress().orElse(""),
        event.details().asMap().entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("; ")),
        base64.encodeToString(leaf),
        proof.hashes().stream().map(MerkleHash::base64).collect(Collectors.joining(" ")));
  }
}
