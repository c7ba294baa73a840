import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.knutpunkt.security.auditlog.checkpoint.Checkpoint;
import se.knutpunkt.security.auditlog.checkpoint.KeyName;
import se.knutpunkt.security.auditlog.checkpoint.LogOrigin;
import se.knutpunkt.security.auditlog.checkpoint.SignedCheckpoint;
import se.knutpunkt.security.auditlog.checkpoint.SignerKey;
import se.knutpunkt.security.auditlog.leaf.Actor;
import se.knutpunkt.security.auditlog.leaf.AuditAction;
import se.knutpunkt.security.auditlog.leaf.AuditDetails;
import se.knutpunkt.security.auditlog.leaf.AuditEvent;
import se.knutpunkt.security.auditlog.leaf.AuditOutcome;
import se.knutpunkt.security.auditlog.leaf.AuditResource;
import se.knutpunkt.security.auditlog.merkle.CompactRange;
import se.knutpunkt.security.auditlog.merkle.Integration;
import se.knutpunkt.security.auditlog.merkle.Integrator;
import se.knutpunkt.security.auditlog.merkle.LeafIndex;
import se.knutpunkt.security.auditlog.merkle.MerkleHash;
import se.knutpunkt.security.auditlog.merkle.TreeFrontier;
import se.knutpunkt.security.auditlog.merkle.TreeHasher;
import se.knutpunkt.security.auditlog.verify.LogVerifier;
import se.knutpunkt.security.auditlog.verify.RememberedLog;
import se.knutpunkt.security.auditlog.verify.VerificationReport;

/**
 * Issue 5 benchmark of the pure-Java audit log core: verify N realistic audit leaves (goal: 1 000
 * 000 in at most 5 s), and the integrator's append rate. Plain main, no JMH: the CLI verifier runs
 * once per process, so the first (cold) run is the figure that counts; warm runs are shown beside.
 */
public final class AuditLogBench {

  private static final Instant START = Instant.parse("2026-11-23T08:00:00Z");

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    KeyName name = KeyName.of("knutpunkt.bench/audit");
    SignerKey key = SignerKey.generate(name, new SecureRandom());

    long t0 = System.nanoTime();
    List<byte[]> leaves = new ArrayList<>(n);
    long bytes = 0;
    for (int i = 0; i < n; i++) {
      byte[] leaf = event(i).atIndex(LeafIndex.of(i)).encode();
      bytes += leaf.length;
      leaves.add(leaf);
    }
    System.out.printf(
        "generated %,d leaves, mean %.0f bytes (%.0f MB) in %.2f s%n",
        n, (double) bytes / n, bytes / 1e6, secondsSince(t0));

    // Integrator: leaf hashing, then appends in checkpointer-sized batches (5 000 = one second of
    // the target rate), producing the subtree rows storage would insert.
    TreeHasher hasher = new TreeHasher();
    long th = System.nanoTime();
    List<MerkleHash> leafHashes = new ArrayList<>(n);
    for (byte[] leaf : leaves) {
      leafHashes.add(hasher.leafHash(leaf));
    }
    double hashSeconds = secondsSince(th);
    System.out.printf("leaf hashing: %,.0f leaves/s (%.2f s)%n", n / hashSeconds, hashSeconds);

    int sample = Math.min(n, 200_000);
    List<AuditEvent> events = new ArrayList<>(sample);
    for (int i = 0; i < sample; i++) {
      events.add(event(i));
    }
    for (int round = 1; round <= 3; round++) {
      long te = System.nanoTime();
      long sum = 0;
      for (int i = 0; i < sample; i++) {
        sum += events.get(i).atIndex(LeafIndex.of(i)).encode().length;
      }
      double seconds = secondsSince(te);
      System.out.printf(
          "leaf encoding, round %d: %,.0f leaves/s (%,d bytes)%n", round, sample / seconds, sum);
    }
    events = null;

    for (int round = 1; round <= 3; round++)
    for (int batch : new int[] {5_000, 100}) {
      Integrator integrator = new Integrator();
      CompactRange range = CompactRange.empty();
      long rows = 0;
      long ti = System.nanoTime();
      for (int from = 0; from < n; from += batch) {
        Integration integration =
            integrator.integrate(range, leafHashes.subList(from, Math.min(n, from + batch)));
        rows += integration.newSubtrees().size();
        range = integration.after();
      }
      double seconds = secondsSince(ti);
      System.out.printf(
          "integrator, round %d, batches of %,d: %,.0f leaf hashes/s (%.2f s), %,d subtree rows, root %s%n",
          round,
          batch, n / seconds, seconds, rows, range.head().root().hex().substring(0, 16));
    }

    long ts = System.nanoTime();
    int signatures = 1000;
    TreeFrontier frontier = new TreeFrontier();
    leafHashes.forEach(frontier::appendLeafHash);
    Checkpoint body = new Checkpoint(LogOrigin.of(name), frontier.head());
    String checkpoint = null;
    for (int i = 0; i < signatures; i++) {
      checkpoint = SignedCheckpoint.sign(body, key).text();
    }
    System.out.printf(
        "checkpoint signing (Ed25519, Bouncy Castle): %.0f µs each%n",
        secondsSince(ts) * 1e6 / signatures);
    leafHashes = null;

    LogVerifier verifier = new LogVerifier(key.verifierKey());
    RememberedLog state = null;
    for (int run = 1; run <= 4; run++) {
      long tv = System.nanoTime();
      VerificationReport report =
          verifier.verify(checkpoint, leaves.iterator(), Optional.empty(), Optional.empty());
      double seconds = secondsSince(tv);
      System.out.printf(
          "verify %,d leaves, canonical check of every entry, run %d%s: %.2f s (%s)%n",
          n, run, run == 1 ? " (cold JVM)" : "", seconds, report.summary());
      if (!report.verified()) {
        System.exit(1);
      }
      state = report.nextState().orElseThrow();
    }
    LogVerifier indexOnly = new LogVerifier(key.verifierKey()).checkingEntries(false);
    for (int run = 1; run <= 2; run++) {
      long tv = System.nanoTime();
      VerificationReport report =
          indexOnly.verify(checkpoint, leaves.iterator(), Optional.empty(), Optional.empty());
      System.out.printf(
          "verify %,d leaves, index check only, run %d: %.2f s (%s)%n",
          n, run, secondsSince(tv), report.verified() ? "verified" : report.summary());
    }
    Path stateFile = Files.createTempFile("audit-verify-state", ".bin");
    long tw = System.nanoTime();
    state.save(stateFile);
    RememberedLog loaded = RememberedLog.load(stateFile, key.verifierKey());
    System.out.printf(
        "state file: %.1f MB saved and loaded in %.2f s%n",
        Files.size(stateFile) / 1e6, secondsSince(tw));
    long tr = System.nanoTime();
    VerificationReport again =
        verifier.verify(checkpoint, leaves.iterator(), Optional.of(loaded), Optional.empty());
    System.out.printf(
        "verify %,d leaves against the remembered state: %.2f s (%s)%n",
        n, secondsSince(tr), again.verified() ? "verified" : again.summary());
    Files.delete(stateFile);
  }

  /** Sized like the writer's entries: ids are UUIDs, one in five is a change with two HMACs. */
  /** A realistic event: mean ~300 bytes as a leaf, one in five a change with two value HMACs. */
  static AuditEvent event(int i) {
    UUID caseId = new UUID(0x4b6e7574L + i % 5_000, 0x8000_0000_0000_0000L | (i % 5_000));
    boolean write = i % 5 == 0;
    return new AuditEvent(
        START.plusMillis(i / 5),
        Actor.of(i % 3 == 0 ? "anna.pmy" : "maria.mig", i % 3 == 0 ? "PMY" : "MIG"),
        AuditAction.of(write ? "field.write" : "field.read"),
        i % 11 == 0 ? AuditOutcome.DENY : AuditOutcome.PERMIT,
        i % 11 == 0 ? "SECTION_NOT_IN_SCOPE" : "RELEASED_TO_READER",
        AuditResource.ofCase(caseId.toString(), "PMY")
            .withField("persons", "persons.p" + (i % 17) + ".identifiers.personnummer"),
        Optional.of(new UUID(i, ~i).toString()),
        Optional.of("10.20." + (i % 250) + "." + (i % 199)),
        write
            ? AuditDetails.of("old", "hmac-sha256:" + "A".repeat(43) + "=")
                .with("new", "hmac-sha256:" + "B".repeat(43) + "=")
            : AuditDetails.of("marking", "CONFIDENTIAL/PMY/CASE"));
  }

  private static double secondsSince(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
