package se.knutpunkt.cli.audit;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.knutpunkt.cli.crypto.CliFailure;
import se.knutpunkt.security.auditlog.checkpoint.Cosignature;
import se.knutpunkt.security.auditlog.checkpoint.MalformedNoteException;
import se.knutpunkt.security.auditlog.checkpoint.NoteVerificationException;
import se.knutpunkt.security.auditlog.checkpoint.SignedCheckpoint;
import se.knutpunkt.security.auditlog.checkpoint.VerifierKey;
import se.knutpunkt.security.auditlog.checkpoint.WitnessKey;
import se.knutpunkt.security.auditlog.merkle.ConsistencyProof;
import se.knutpunkt.security.auditlog.merkle.MerkleHash;
import se.knutpunkt.security.auditlog.merkle.TreeSize;
import se.knutpunkt.security.auditlog.verify.LeafPageFormat;
import se.knutpunkt.security.auditlog.verify.LogVerifier;
import se.knutpunkt.security.auditlog.verify.RememberedLog;
import se.knutpunkt.security.auditlog.verify.VerificationReport;
import se.knutpunkt.security.auditlog.verify.VerificationRun;

/**
 * {@code audit verify --user U}: fetches the newest signed checkpoint and every leaf up to its
 * size, recomputes the tree, checks the signature against the pinned verifier key and the
 * consistency with the checkpoint remembered from the last successful run, and names the first
 * entry that does not fit (docs/audit-log.md, "Verifying the log"). Exit 0 only when all of it
 * holds.
 *
 * <p>The verifier key is pinned on first use (or given with --verifier-key); a server that later
 * publishes another key fails the run.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Verify the whole audit log against its signed checkpoint and the one remembered from the"
          + " last run; names the first entry that does not fit. Exit 0 only if it verifies."
    })
public final class VerifyCommand implements Callable<Integer> {

  private static final int PAGE = 10_000;
  private static final int PAGES_IN_FLIGHT = 3;

  @Spec CommandSpec spec;

  @Mixin AuditorSignIn auditor;

  @Option(
      names = "--witness",
      paramLabel = "KEY",
      description = {
        "a witness's verifier key (<name>+<id>+<base64>, cosignature/v1); repeatable. The run"
            + " fails unless a checkpoint of the log carries a valid cosignature of each, and the"
            + " entries up to that checkpoint are exactly the ones the witness saw."
      })
  List<String> witnesses = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    KnutpunktServer api = auditor.signIn();
    Path dir = auditor.stateOfServer();
    VerifierKey key = auditor.logKey(api, out);
    Path stateFile = dir.resolve("remembered.state");
    Optional<RememberedLog> remembered =
        Files.exists(stateFile)
            ? Optional.of(RememberedLog.load(stateFile, key))
            : Optional.empty();

    List<WitnessKey> witnessKeys = witnessKeys();
    // the witnessed checkpoints first: the newest, fetched after them, is at least as large
    List<Witnessed> witnessed = new ArrayList<>();
    for (WitnessKey witness : witnessKeys) {
      witnessed.add(witnessed(api, key, witness));
    }
    String note = api.text("/audit/checkpoint");
    VerificationRun run = new LogVerifier(key).start(note, remembered);
    witnessed.forEach(w -> run.addCheckpoint(w.note()));
    if (!run.hasFailed()) {
      long size = SignedCheckpoint.open(note, key).checkpoint().size().value();
      remembered
          .filter(r -> r.size() > 0 && r.size() < size)
          .ifPresent(r -> run.checkConsistency(consistency(api, r.size(), size)));
      fetchAndCheck(api, run, size);
    }
    VerificationReport report = run.finish();
    out.println(report.summary());
    if (report.verified()) {
      long size = report.checkpoint().map(c -> c.checkpoint().size().value()).orElse(0L);
      for (Witnessed w : witnessed) {
        out.println(
            "witnessed by "
                + w.witness().name()
                + "+"
                + w.witness().id()
                + ": entries 0 to "
                + (w.size() - 1)
                + " (checkpoint of size "
                + w.size()
                + ", cosigned "
                + w.time()
                + ")"
                + (w.size() < size
                    ? "; entries " + w.size() + " to " + (size - 1) + " are signed by the log only"
                    : ""));
      }
      Files.createDirectories(dir);
      report.nextState().ifPresent(s -> s.save(stateFile));
      return 0;
    }
    return 1;
  }

  private List<WitnessKey> witnessKeys() {
    List<WitnessKey> keys = new ArrayList<>();
    for (String given : witnesses) {
      try {
        keys.add(WitnessKey.parse(given));
      } catch (MalformedNoteException e) {
        throw new CliFailure("--witness " + given + ": " + e.getMessage());
      }
    }
    return keys;
  }

  /** A checkpoint of the log that a witness cosigned, checked. */
  record Witnessed(WitnessKey witness, String note, long size, Instant time) {}

  /**
   * The newest checkpoint the witness cosigned, as the platform keeps it: signed by the log and
   * carrying a valid cosignature of the witness, or the run fails here.
   */
  static Witnessed witnessed(KnutpunktServer api, VerifierKey logKey, WitnessKey witness) {
    String who = "witness " + witness.name() + "+" + witness.id();
    String note =
        api.textIfFound(
                "/audit/checkpoint?cosignedBy="
                    + URLEncoder.encode(witness.encoded(), StandardCharsets.UTF_8))
            .orElseThrow(
                () ->
                    new CliFailure(
                        "audit log does NOT verify: no checkpoint of the log carries a"
                            + " cosignature of "
                            + who
                            + " (has it cosigned this log? `audit witness`)"));
    try {
      SignedCheckpoint checkpoint = SignedCheckpoint.open(note, logKey);
      Cosignature cosignature = witness.requireIn(checkpoint.note());
      return new Witnessed(
          witness, note, checkpoint.checkpoint().size().value(), cosignature.time());
    } catch (NoteVerificationException | MalformedNoteException e) {
      throw new CliFailure(
          "audit log does NOT verify: the checkpoint served as cosigned by "
              + who
              + " is refused: "
              + e.getMessage());
    }
  }

  /** Pages of leaves, a few in flight while the verifier checks the one before. */
  private static void fetchAndCheck(KnutpunktServer api, VerificationRun run, long size) {
    Deque<CompletableFuture<byte[]>> pages = new ArrayDeque<>();
    LeafPageFormat.Entries entries = LeafPageFormat.into(run);
    long next = 0;
    while (next < size || !pages.isEmpty()) {
      while (next < size && pages.size() < PAGES_IN_FLIGHT) {
        long end = Math.min(size, next + PAGE);
        pages.add(api.leaves(next, end));
        next = end;
      }
      byte[] page;
      try {
        page = pages.removeFirst().join();
      } catch (CompletionException e) {
        pages.forEach(p -> p.cancel(true));
        throw e.getCause() instanceof CliFailure failure
            ? failure
            : new CliFailure("fetching leaves failed: " + e.getCause(), e);
      }
      try {
        LeafPageFormat.read(page, entries);
      } catch (LeafPageFormat.MalformedLeafPageException e) {
        pages.forEach(p -> p.cancel(true));
        throw new CliFailure("the server's page of leaves is malformed: " + e.getMessage(), e);
      }
      if (run.hasFailed()) {
        pages.forEach(p -> p.cancel(true));
        return;
      }
    }
  }

  private static ConsistencyProof consistency(KnutpunktServer api, long first, long second) {
    List<MerkleHash> hashes =
        api.hashes("/audit/proof/consistency?first=" + first + "&second=" + second).stream()
            .map(MerkleHash::fromBase64)
            .toList();
    return new ConsistencyProof(TreeSize.of(first), TreeSize.of(second), hashes);
  }
}
