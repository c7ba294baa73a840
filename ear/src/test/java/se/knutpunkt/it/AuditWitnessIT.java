package se.knutpunkt.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import se.knutpunkt.it.support.Api;
import se.knutpunkt.it.support.AuditCli;
import se.knutpunkt.it.support.Deployments;
import se.knutpunkt.security.auditlog.checkpoint.Checkpoint;
import se.knutpunkt.security.auditlog.checkpoint.KeyName;
import se.knutpunkt.security.auditlog.checkpoint.NoteSignature;
import se.knutpunkt.security.auditlog.checkpoint.SignedCheckpoint;
import se.knutpunkt.security.auditlog.checkpoint.SignedNote;
import se.knutpunkt.security.auditlog.checkpoint.SignerKey;
import se.knutpunkt.security.auditlog.checkpoint.SignerKeyFile;
import se.knutpunkt.security.auditlog.checkpoint.VerifierKey;
import se.knutpunkt.security.auditlog.checkpoint.WitnessKey;
import se.knutpunkt.security.auditlog.checkpoint.WitnessSignerKey;
import se.knutpunkt.security.auditlog.merkle.MerkleHash;
import se.knutpunkt.security.auditlog.merkle.TreeHead;
import se.knutpunkt.security.auditlog.merkle.TreeSize;

/**
 * Witnesses (issue 14): {@code audit witness} checks consistency and cosigns, the platform keeps
 * and serves the cosignature with its checkpoint, {@code audit verify --witness} refuses a log
 * without that witness's cosignature, the platform refuses a cosignature that is not of a
 * checkpoint it signed, and the witness refuses a log that forked or shrank.
 */
@ExtendWith(ArquillianExtension.class)
class AuditWitnessIT {

  @TempDir Path state;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.knutpunkt();
  }

  private static AuditCli.Run cli(Path stateDir, String command, String... more) throws Exception {
    return AuditCli.run(command, "ivar.imy", stateDir, more);
  }

  private static WitnessKey witnessKeyIn(AuditCli.Run run) {
    String line =
        run.output()
            .lines()
            .filter(l -> l.startsWith("witness key: "))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no witness key in: " + run.output()));
    return WitnessKey.parse(line.substring("witness key: ".length()));
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /**
   * Records an entry (a case is made) and waits until a checkpoint beyond {@code size} is signed.
   */
  private static void growBeyond(long size) throws InterruptedException {
    Api.as("anna.pmy").post("/cases", "{\"title\":\"Vittnad\",\"type\":\"TIPS\"}");
    Api ivar = Api.as("ivar.imy");
    for (int tries = 0; tries < 100; tries++) {
      SignedCheckpoint newest =
          SignedCheckpoint.open(ivar.get("/audit/checkpoint").body(), logKey());
      if (newest.checkpoint().size().value() > size) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the log did not grow beyond " + size);
  }

  private static VerifierKey logKey() {
    return VerifierKey.parse(Api.anonymous().get("/audit/public-key").body());
  }

  @Test
  void aWitnessCosignsThePlatformServesItAndVerifyRequiresIt() throws Exception {
    growBeyond(0); // something in the log
    AuditCli.Run witnessed = cli(state, "witness");
    assertThat(witnessed.exit()).as(witnessed.output()).isZero();
    assertThat(witnessed.output()).contains("cosigned the checkpoint of size");
    WitnessKey witness = witnessKeyIn(witnessed);

    // the platform serves the cosigned checkpoint with the cosignature, by witness and by size
    Api ivar = Api.as("ivar.imy");
    Api.Response cosigned = ivar.get("/audit/checkpoint?cosignedBy=" + encoded(witness.encoded()));
    assertThat(cosigned.status()).as(cosigned.body()).isEqualTo(200);
    SignedCheckpoint checkpoint = SignedCheckpoint.open(cosigned.body(), logKey());
    assertThat(witness.requireIn(checkpoint.note()).time())
        .isBetween(Instant.now().minusSeconds(300), Instant.now().plusSeconds(5));
    long size = checkpoint.checkpoint().size().value();
    Api.Response bySize = Api.as("anna.pmy").get("/audit/checkpoint?size=" + size);
    assertThat(bySize.status()).isEqualTo(200);
    assertThat(witness.verifiedIn(SignedNote.parse(bySize.body()))).isPresent();
    // the newest checkpoint also carries it while it is the one the witness cosigned; the log
    // grows with the cosignature's own entry, so the newest is usually later
    SignedCheckpoint newest = SignedCheckpoint.open(ivar.get("/audit/checkpoint").body(), logKey());
    assertThat(newest.checkpoint().size().value()).isGreaterThanOrEqualTo(size);

    // the cosignature's own entry is in the log
    assertThat(ivar.get("/audit/entries?action=audit.checkpoint.cosign").json().getInt("total"))
        .isGreaterThanOrEqualTo(1);

    AuditCli.Run verified = cli(state, "verify", "--witness", witness.encoded());
    assertThat(verified.exit()).as(verified.output()).isZero();
    assertThat(verified.output())
        .contains("audit log verifies")
        .contains("witnessed by " + witness.name() + "+" + witness.id());

    // a witness who never cosigned this log: refused
    WitnessKey stranger =
        WitnessSignerKey.generate(KeyName.of("stranger.test/w"), new SecureRandom()).witnessKey();
    AuditCli.Run refused =
        cli(state, "verify", "--witness", witness.encoded(), "--witness", stranger.encoded());
    assertThat(refused.exit()).as(refused.output()).isEqualTo(1);
    assertThat(refused.output())
        .contains("does NOT verify")
        .contains("no checkpoint of the log carries a cosignature of witness stranger.test/w");

    // a second run witnesses the grown log, consistent with the first
    growBeyond(size);
    AuditCli.Run again = cli(state, "witness");
    assertThat(again.exit()).as(again.output()).isZero();
    assertThat(again.output()).contains("consistent with size " + size);
  }

  private static Api.Response submit(Api api, WitnessKey witness, SignedNote note) {
    return api.send(
        "POST",
        "/audit/checkpoint/cosignatures",
        "text/plain; charset=utf-8",
        "witness " + witness.encoded() + "\n\n" + note.format());
  }

  private static void assertProblem(Api.Response response, int status) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void thePlatformRefusesCosignaturesOfNoCheckpointItSignedAndWrongOnes() throws Exception {
    Api ivar = Api.as("ivar.imy");
    SignedCheckpoint newest = SignedCheckpoint.open(ivar.get("/audit/checkpoint").body(), logKey());
    Checkpoint real = newest.checkpoint();
    WitnessSignerKey witness =
        WitnessSignerKey.generate(KeyName.of("witness.test/it"), new SecureRandom());
    Instant now = Instant.now();

    // another root for the same size: a checkpoint the log never signed (a fork's)
    byte[] otherRoot = real.root().bytes();
    otherRoot[0] ^= 1;
    Checkpoint forked =
        new Checkpoint(real.origin(), new TreeHead(real.size(), MerkleHash.of(otherRoot)));
    SignedNote forkedNote =
        new SignedNote(forked.body(), List.of(witness.cosign(forked, now).signature()));
    assertProblem(submit(ivar, witness.witnessKey(), forkedNote), 409);

    // a size the log never signed
    Checkpoint beyond =
        new Checkpoint(
            real.origin(), new TreeHead(TreeSize.of(real.size().value() + 1_000_000), real.root()));
    assertProblem(
        submit(
            ivar,
            witness.witnessKey(),
            new SignedNote(beyond.body(), List.of(witness.cosign(beyond, now).signature()))),
        409);

    // a cosignature that does not verify: made over another checkpoint, put on the real one
    NoteSignature wrong = witness.cosign(forked, now).signature();
    assertProblem(submit(ivar, witness.witnessKey(), newest.note().withSignature(wrong)), 400);
    // a line by another key than the one named: no cosignature of that witness
    WitnessSignerKey other =
        WitnessSignerKey.generate(KeyName.of("witness.test/other"), new SecureRandom());
    assertProblem(
        submit(
            ivar,
            witness.witnessKey(),
            newest.note().withSignature(other.cosign(real, now).signature())),
        400);
    // a cosignature from the far future
    assertProblem(
        submit(
            ivar,
            witness.witnessKey(),
            newest.note().withSignature(witness.cosign(real, now.plusSeconds(86_400)).signature())),
        400);
    // not a submission at all
    assertProblem(ivar.send("POST", "/audit/checkpoint/cosignatures", "text/plain", "hello"), 400);
    assertProblem(ivar.get("/audit/checkpoint?size=-1"), 400);
    assertProblem(ivar.get("/audit/checkpoint?cosignedBy=nonsense"), 400);

    // only auditors bring cosignatures
    SignedNote good = newest.note().withSignature(witness.cosign(real, now).signature());
    assertProblem(submit(Api.as("anna.pmy"), witness.witnessKey(), good), 403);

    // the right one is taken, once
    Api.Response added = submit(ivar, witness.witnessKey(), good);
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(witness.witnessKey().verifiedIn(SignedNote.parse(added.body()))).isPresent();
    assertThat(submit(ivar, witness.witnessKey(), good).status()).isEqualTo(200);
  }

  /** The operator's key, as only the platform's operator holds it: to stage a split view. */
  private static SignerKey operatorsKey() throws IOException {
    Path secrets =
        Path.of(System.getProperty("user.dir")).resolveSibling("var/test/secrets").normalize();
    VerifierKey published = logKey();
    try (Stream<Path> files = Files.list(secrets)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".key")).toList()) {
        try {
          SignerKey key = SignerKeyFile.load(file);
          if (key.verifierKey().equals(published)) {
            return key;
          }
        } catch (RuntimeException notTheLogsKey) {
          // another secret
        }
      }
    }
    throw new AssertionError("the log's signing key is not in " + secrets);
  }

  @Test
  void theWitnessRefusesAForkAndALogThatShrank() throws Exception {
    Path witnessState = Files.createDirectories(state.resolve("fork"));
    AuditCli.Run first = cli(witnessState, "witness");
    assertThat(first.exit()).as(first.output()).isZero();
    Path remembered =
        Files.list(witnessState).findFirst().orElseThrow().resolve("witness/cosigned.note");
    assertThat(remembered).exists();
    SignedCheckpoint cosigned = SignedCheckpoint.open(Files.readString(remembered), logKey());
    growBeyond(cosigned.checkpoint().size().value()); // past what the witness cosigned

    // the operator had shown the witness another history for that size, signed with the log's key
    SignerKey operator = operatorsKey();
    Checkpoint real = cosigned.checkpoint();
    byte[] otherRoot = real.root().bytes();
    otherRoot[31] ^= 1;
    Checkpoint split =
        new Checkpoint(real.origin(), new TreeHead(real.size(), MerkleHash.of(otherRoot)));
    Files.writeString(remembered, SignedCheckpoint.sign(split, operator).text());
    AuditCli.Run fork = cli(witnessState, "witness");
    assertThat(fork.exit()).as(fork.output()).isEqualTo(1);
    assertThat(fork.output()).contains("refusing to cosign").contains("FORK");

    // and a larger log than the one served now
    Checkpoint larger =
        new Checkpoint(
            real.origin(), new TreeHead(TreeSize.of(real.size().value() + 1_000_000), real.root()));
    Files.writeString(remembered, SignedCheckpoint.sign(larger, operator).text());
    AuditCli.Run shrank = cli(witnessState, "witness");
    assertThat(shrank.exit()).as(shrank.output()).isEqualTo(1);
    assertThat(shrank.output()).contains("refusing to cosign").contains("LOG_SHRANK");
    assertThat(Files.readString(remembered))
        .as("nothing cosigned, nothing remembered")
        .isEqualTo(SignedCheckpoint.sign(larger, operator).text());
  }
}
