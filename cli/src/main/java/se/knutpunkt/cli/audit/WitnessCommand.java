package se.knutpunkt.cli.audit;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.knutpunkt.cli.crypto.CliFailure;
import se.knutpunkt.security.auditlog.checkpoint.Cosignature;
import se.knutpunkt.security.auditlog.checkpoint.KeyName;
import se.knutpunkt.security.auditlog.checkpoint.MalformedNoteException;
import se.knutpunkt.security.auditlog.checkpoint.NoteSignature;
import se.knutpunkt.security.auditlog.checkpoint.NoteVerificationException;
import se.knutpunkt.security.auditlog.checkpoint.SignedCheckpoint;
import se.knutpunkt.security.auditlog.checkpoint.SignedNote;
import se.knutpunkt.security.auditlog.checkpoint.VerifierKey;
import se.knutpunkt.security.auditlog.checkpoint.WitnessKeyFile;
import se.knutpunkt.security.auditlog.checkpoint.WitnessSignerKey;
import se.knutpunkt.security.auditlog.merkle.ConsistencyProof;
import se.knutpunkt.security.auditlog.merkle.MerkleHash;
import se.knutpunkt.security.auditlog.merkle.TreeHead;

/**
 * {@code audit witness --user U}: a witness of the log (c2sp.org/tlog-witness, run from the
 * witness's side). Fetches the newest signed checkpoint, checks it against the pinned log key and
 * that it is consistent with the last checkpoint this witness cosigned (a consistency proof from
 * the log; a fork or a log that shrank is refused and nothing is cosigned), cosigns it
 * (c2sp.org/tlog-cosignature, Ed25519 cosignature/v1) and hands the cosignature to the platform,
 * which serves it with the checkpoint. The witness's own key is made on first use in {@code
 * <state-dir>/<server>/witness/witness.key} (0600); its verifier key is what {@code audit verify
 * --witness} is given.
 *
 * <p>The witness remembers the checkpoint it cosigned before it submits, as tlog-witness asks: a
 * witness never cosigns two sizes out of order, nor two roots for one size.
 */
@Command(
    name = "witness",
    mixinStandardHelpOptions = true,
    description = {
      "Witness the audit log: check the newest checkpoint is consistent with the last one this"
          + " witness cosigned, cosign it and hand the cosignature to the platform. Refuses (exit"
          + " 1) a fork or a log that shrank."
    })
public final class WitnessCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin AuditorSignIn auditor;

  @Option(
      names = "--name",
      description = "the witness's key name, when its key is made (default: witness.local/<user>)")
  String name;

  Clock clock = Clock.systemUTC();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    KnutpunktServer api = auditor.signIn();
    Path dir = auditor.stateOfServer();
    VerifierKey logKey = auditor.logKey(api, out);
    Path witnessDir = dir.resolve("witness");
    WitnessSignerKey me =
        WitnessKeyFile.loadOrCreate(
            witnessDir.resolve("witness.key"),
            KeyName.of(name != null ? name : "witness.local/" + auditor.user),
            new SecureRandom());
    out.println("witness key: " + me.witnessKey().encoded());

    SignedCheckpoint newest = open(api.text("/audit/checkpoint"), logKey, "the newest checkpoint");
    Path stateFile = witnessDir.resolve("cosigned.note");
    Optional<SignedCheckpoint> last =
        Files.exists(stateFile)
            ? Optional.of(
                open(
                    Files.readString(stateFile, StandardCharsets.UTF_8),
                    logKey,
                    "the last cosigned checkpoint in " + stateFile))
            : Optional.empty();

    SignedNote cosigned;
    if (last.isPresent() && sameHead(last.get(), newest)) {
      // cosigned before; hand it in again in case that failed (the platform keeps one per size)
      cosigned = last.get().note();
      out.println("already cosigned the checkpoint of size " + size(newest) + "; handing it in");
    } else {
      last.ifPresent(before -> requireConsistent(api, before, newest));
      Cosignature cosignature = me.cosign(newest.checkpoint(), clock.instant());
      cosigned = withOnly(newest.note(), logKey, cosignature.signature());
      remember(stateFile, cosigned); // before it leaves: never two answers for one log
    }
    submit(api, me, cosigned, out);
    out.println(
        "cosigned the checkpoint of size "
            + size(newest)
            + (last.isPresent() ? " (consistent with size " + size(last.get()) + ")" : "")
            + " as "
            + me.witnessKey().name()
            + "+"
            + me.witnessKey().id());
    return 0;
  }

  private static SignedCheckpoint open(String note, VerifierKey logKey, String what) {
    try {
      return SignedCheckpoint.open(note, logKey);
    } catch (NoteVerificationException | MalformedNoteException e) {
      throw new CliFailure("refusing to cosign: " + what + " is refused: " + e.getMessage());
    }
  }

  private static long size(SignedCheckpoint checkpoint) {
    return checkpoint.checkpoint().size().value();
  }

  private static boolean sameHead(SignedCheckpoint before, SignedCheckpoint now) {
    return before.checkpoint().head().equals(now.checkpoint().head());
  }

  /** A fork or a shrink is refused: the witness cosigns nothing then. */
  static void requireConsistent(
      KnutpunktServer api, SignedCheckpoint before, SignedCheckpoint now) {
    TreeHead old = before.checkpoint().head();
    TreeHead head = now.checkpoint().head();
    int order = head.size().compareTo(old.size());
    if (order < 0) {
      throw new CliFailure(
          "refusing to cosign: the log now signs "
              + head.size()
              + " entries, but this witness cosigned "
              + old.size()
              + " before: LOG_SHRANK (entries were cut off or the log was replaced)");
    }
    if (order == 0) {
      throw new CliFailure(
          "refusing to cosign: the log signed two different roots for size "
              + head.size()
              + ": FORK");
    }
    if (old.size().value() == 0) {
      return; // the empty tree is a prefix of every tree
    }
    List<MerkleHash> hashes =
        api
            .hashes("/audit/proof/consistency?first=" + old.size() + "&second=" + head.size())
            .stream()
            .map(MerkleHash::fromBase64)
            .toList();
    if (!new ConsistencyProof(old.size(), head.size(), hashes).verifies(old, head)) {
      throw new CliFailure(
          "refusing to cosign: the log cannot prove that its checkpoint of size "
              + head.size()
              + " extends the one of size "
              + old.size()
              + " this witness cosigned: FORK (it rewrote its history)");
    }
  }

  /** The checkpoint with the log's own signature(s) and this witness's cosignature only. */
  private static SignedNote withOnly(SignedNote note, VerifierKey logKey, NoteSignature ours) {
    List<NoteSignature> logs =
        note.signatures().stream()
            .filter(s -> s.keyName().equals(logKey.name()) && s.keyId().equals(logKey.id()))
            .toList();
    SignedNote only = new SignedNote(note.text(), logs);
    return only.withSignature(ours);
  }

  private static void remember(Path stateFile, SignedNote cosigned) throws IOException {
    Files.createDirectories(stateFile.getParent());
    Path temporary = Files.createTempFile(stateFile.getParent(), ".cosigned", ".part");
    try {
      Files.writeString(temporary, cosigned.format(), StandardCharsets.UTF_8);
      Files.move(
          temporary,
          stateFile,
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static void submit(
      KnutpunktServer api, WitnessSignerKey me, SignedNote cosigned, PrintWriter out) {
    String body = "witness " + me.witnessKey().encoded() + "\n\n" + cosigned.format();
    HttpResponse<String> response = api.postText("/audit/checkpoint/cosignatures", body);
    if (response.statusCode() != 200 && response.statusCode() != 201) {
      throw new CliFailure(
          "the platform refused the cosignature: HTTP "
              + response.statusCode()
              + ": "
              + KnutpunktServer.detailOf(response.body()));
    }
    out.println(
        response.statusCode() == 201
            ? "the platform now serves the cosignature with its checkpoint"
            : "the platform already had this witness's cosignature of that checkpoint");
  }
}
