package se.knutpunkt.security.auditlog.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.knutpunkt.security.auditlog.checkpoint.SignerKey;
import se.knutpunkt.security.auditlog.checkpoint.VerifierKey;
import se.knutpunkt.security.auditlog.merkle.ConsistencyProof;
import se.knutpunkt.security.auditlog.merkle.LeafIndex;
import se.knutpunkt.security.auditlog.merkle.MerkleTree;
import se.knutpunkt.security.auditlog.merkle.TreeSize;

/**
 * The auditor's verifier against a log whose rows were changed, removed, swapped, added to or
 * forked: each time it fails and names the first entry that does not fit, or exactly what failed.
 */
class LogVerifierTest {

  @TempDir Path directory;

  private static VerificationReport verify(
      TestLog log, String checkpoint, List<byte[]> rows, Optional<RememberedLog> remembered) {
    return new LogVerifier(log.key.verifierKey())
        .verify(checkpoint, rows.iterator(), remembered, Optional.empty());
  }

  private static VerificationFailure failure(VerificationReport report) {
    assertThat(report.verified()).as(report.summary()).isFalse();
    assertThat(report.nextState()).as("nothing to remember from a failed run").isEmpty();
    return report.failure().orElseThrow();
  }

  private static RememberedLog firstRun(TestLog log) {
    VerificationReport report = verify(log, log.checkpoint(), log.rows(), Optional.empty());
    assertThat(report.verified()).as(report.summary()).isTrue();
    return report.nextState().orElseThrow();
  }

  @Test
  void anIntactLogVerifiesAndTheNextRunVerifiesItsGrowthThroughTheSavedState() {
    TestLog log = TestLog.withEntries(300);
    VerificationReport first = verify(log, log.checkpoint(), log.rows(), Optional.empty());
    assertThat(first.verified()).as(first.summary()).isTrue();
    assertThat(first.entriesChecked()).isEqualTo(300);
    assertThat(first.summary()).contains("300 entries match");
    Path state = directory.resolve("verifier/state");
    first.nextState().orElseThrow().save(state);

    log.append(77);
    RememberedLog loaded = RememberedLog.load(state, log.key.verifierKey());
    assertThat(loaded.size()).isEqualTo(300);
    ConsistencyProof proof =
        new MerkleTree(log.store).consistencyProof(TreeSize.of(300), TreeSize.of(377));
    VerificationReport second =
        new LogVerifier(log.key.verifierKey())
            .verify(
                log.checkpoint(), log.rows().iterator(), Optional.of(loaded), Optional.of(proof));
    assertThat(second.verified()).as(second.summary()).isTrue();
    assertThat(second.nextState().orElseThrow().size()).isEqualTo(377);
  }

  @Test
  void anEmptyLogVerifies() {
    TestLog log = TestLog.withEntries(0);
    assertThat(verify(log, log.checkpoint(), List.of(), Optional.empty()).verified()).isTrue();
  }

  @Test
  void anEntryEditedSinceTheLastRunIsNamed() {
    TestLog log = TestLog.withEntries(300);
    RememberedLog state = firstRun(log);
    List<byte[]> rows = log.rows();
    rows.set(123, log.edited(123, "SUPERVISORY_AUDITOR"));

    VerificationFailure failure = failure(verify(log, log.checkpoint(), rows, Optional.of(state)));
    assertThat(failure.problem()).isEqualTo(Problem.ENTRY_CHANGED);
    assertThat(failure.entry()).contains(LeafIndex.of(123));
  }

  @Test
  void anEntryEditedBeforeAnyRunFailsTheRootAndIsNarrowedByEarlierCheckpoints() {
    TestLog log = TestLog.withEntries(300);
    List<byte[]> rows = log.rows();
    rows.set(123, log.edited(123, "SUPERVISORY_AUDITOR"));

    VerificationFailure alone = failure(verify(log, log.checkpoint(), rows, Optional.empty()));
    assertThat(alone.problem()).isEqualTo(Problem.ROOT_MISMATCH);
    assertThat(alone.suspects()).contains(new LeafRange(0, 300));

    VerificationRun run =
        new LogVerifier(log.key.verifierKey()).start(log.checkpoint(), Optional.empty());
    for (int size : new int[] {50, 100, 150, 200}) {
      run.addCheckpoint(log.checkpoint(size));
    }
    rows.forEach(run::accept);
    VerificationFailure narrowed = failure(run.finish());
    assertThat(narrowed.problem()).isEqualTo(Problem.ROOT_MISMATCH);
    assertThat(narrowed.suspects()).contains(new LeafRange(100, 150));
  }

  @Test
  void aDeletedEntryIsNamed() {
    TestLog log = TestLog.withEntries(300);
    List<byte[]> rows = log.rows();
    rows.remove(77);

    VerificationFailure failure = failure(verify(log, log.checkpoint(), rows, Optional.empty()));
    assertThat(failure.problem()).isEqualTo(Problem.ENTRY_OUT_OF_PLACE);
    assertThat(failure.entry()).contains(LeafIndex.of(77));
    assertThat(failure.detail()).contains("claims index 78").contains("removed");
  }

  @Test
  void twoSwappedEntriesAreNamedByTheFirst() {
    TestLog log = TestLog.withEntries(300);
    List<byte[]> rows = log.rows();
    Collections.swap(rows, 210, 45);

    VerificationFailure failure = failure(verify(log, log.checkpoint(), rows, Optional.empty()));
    assertThat(failure.problem()).isEqualTo(Problem.ENTRY_OUT_OF_PLACE);
    assertThat(failure.entry()).contains(LeafIndex.of(45));
  }

  @Test
  void aForgedEntryAppendedBeyondTheCheckpointIsNamed() {
    TestLog log = TestLog.withEntries(300);
    String checkpoint = log.checkpoint();
    List<byte[]> rows = log.rows();
    rows.add(TestLog.event(300).atIndex(LeafIndex.of(300)).encode());

    VerificationFailure failure = failure(verify(log, checkpoint, rows, Optional.empty()));
    assertThat(failure.problem()).isEqualTo(Problem.ENTRY_NOT_SIGNED);
    assertThat(failure.entry()).contains(LeafIndex.of(300));
  }

  @Test
  void aForgedEntryInsertedAndRenumberedIsNamedAgainstTheLastRun() {
    TestLog log = TestLog.withEntries(300);
    RememberedLog state = firstRun(log);
    List<byte[]> rows = log.rows();
    rows.add(90, TestLog.event(5000).atIndex(LeafIndex.of(90)).encode());
    for (int i = 91; i < rows.size(); i++) {
      rows.set(i, TestLog.event(i - 1).atIndex(LeafIndex.of(i)).encode());
    }
    rows.remove(rows.size() - 1);

    VerificationFailure failure = failure(verify(log, log.checkpoint(), rows, Optional.of(state)));
    assertThat(failure.problem()).isEqualTo(Problem.ENTRY_CHANGED);
    assertThat(failure.entry()).contains(LeafIndex.of(90));
  }

  @Test
  void missingEntriesAtTheEndAreNamed() {
    TestLog log = TestLog.withEntries(300);
    List<byte[]> rows = log.rows().subList(0, 280);

    VerificationFailure failure = failure(verify(log, log.checkpoint(), rows, Optional.empty()));
    assertThat(failure.problem()).isEqualTo(Problem.ENTRIES_MISSING);
    assertThat(failure.entry()).contains(LeafIndex.of(280));
  }

  @Test
  void bytesThatAreNotAnAuditLeafAreNamed() {
    TestLog log = TestLog.withEntries(300);
    List<byte[]> rows = log.rows();
    byte[] garbled = rows.get(12).clone();
    garbled[garbled.length - 1] = 0x7f; // past the end of the details: trailing or cut short
    rows.set(12, java.util.Arrays.copyOf(garbled, garbled.length + 1));

    VerificationFailure failure = failure(verify(log, log.checkpoint(), rows, Optional.empty()));
    assertThat(failure.problem()).isEqualTo(Problem.ENTRY_MALFORMED);
    assertThat(failure.entry()).contains(LeafIndex.of(12));
  }

  @Test
  void aForkFromTheRememberedCheckpointIsDetectedByTheConsistencyProof() {
    TestLog honest = TestLog.withEntries(200);
    // The same key signed another history of 150 entries, which the auditor verified earlier.
    RememberedLog forkedState = firstRun(honest.forkedAt(150, 60));

    ConsistencyProof proof =
        new MerkleTree(honest.store).consistencyProof(TreeSize.of(150), TreeSize.of(200));
    VerificationReport withProof =
        new LogVerifier(honest.key.verifierKey())
            .verify(
                honest.checkpoint(),
                honest.rows().iterator(),
                Optional.of(forkedState),
                Optional.of(proof));
    VerificationFailure failure = failure(withProof);
    assertThat(failure.problem()).isEqualTo(Problem.FORK);
    assertThat(failure.detail()).contains("cannot prove").contains("150");
    assertThat(withProof.entriesChecked()).as("found before any entry").isZero();

    // Without a proof, recomputation finds it, at the entry that differs.
    VerificationFailure recomputed =
        failure(verify(honest, honest.checkpoint(), honest.rows(), Optional.of(forkedState)));
    assertThat(recomputed.problem()).isEqualTo(Problem.ENTRY_CHANGED);
    assertThat(recomputed.entry()).contains(LeafIndex.of(60));
  }

  @Test
  void twoSignedRootsForOneSizeOrAShrunkenLogAreForks() {
    TestLog honest = TestLog.withEntries(150);
    RememberedLog state = firstRun(honest.forkedAt(150, 3));

    VerificationFailure sameSize =
        failure(verify(honest, honest.checkpoint(), honest.rows(), Optional.of(state)));
    assertThat(sameSize.problem()).isEqualTo(Problem.FORK);

    VerificationFailure shrank =
        failure(
            verify(
                honest, honest.checkpoint(100), honest.rows().subList(0, 100), Optional.of(state)));
    assertThat(shrank.problem()).isEqualTo(Problem.LOG_SHRANK);
  }

  @Test
  void aFurtherCheckpointOfAnotherHistoryIsAFork() {
    TestLog honest = TestLog.withEntries(200);
    VerificationRun run =
        new LogVerifier(honest.key.verifierKey()).start(honest.checkpoint(), Optional.empty());
    run.addCheckpoint(honest.checkpoint(120));
    run.addCheckpoint(honest.forkedAt(120, 7).checkpoint());
    assertThat(run.hasFailed()).isTrue();
    assertThat(failure(run.finish()).problem()).isEqualTo(Problem.FORK);
  }

  @Test
  void aCheckpointNotSignedByThePinnedKeyIsRefusedBeforeAnyEntry() {
    TestLog log = TestLog.withEntries(20);
    String checkpoint = log.checkpoint();

    String biggerSize = checkpoint.replaceFirst("\n20\n", "\n21\n");
    assertThat(failure(verify(log, biggerSize, log.rows(), Optional.empty())).problem())
        .isEqualTo(Problem.CHECKPOINT_NOT_SIGNED);

    VerifierKey stranger = SignerKey.generate(TestLog.NAME, new SecureRandom()).verifierKey();
    VerificationReport wrongKey =
        new LogVerifier(stranger)
            .verify(checkpoint, log.rows().iterator(), Optional.empty(), Optional.empty());
    assertThat(failure(wrongKey).problem()).isEqualTo(Problem.CHECKPOINT_NOT_SIGNED);
    assertThat(wrongKey.entriesChecked()).isZero();

    assertThat(failure(verify(log, "not a note", log.rows(), Optional.empty())).problem())
        .isEqualTo(Problem.CHECKPOINT_MALFORMED);
  }

  @Test
  void aDamagedOrForeignStateFileIsRefused() throws IOException {
    TestLog log = TestLog.withEntries(40);
    Path state = directory.resolve("state");
    firstRun(log).save(state);

    byte[] bytes = Files.readAllBytes(state);
    bytes[bytes.length - 40] ^= 1;
    Path damaged = Files.write(directory.resolve("damaged"), bytes);
    assertThatThrownBy(() -> RememberedLog.load(damaged, log.key.verifierKey()))
        .isInstanceOf(RememberedLogException.class)
        .hasMessageContaining("damaged");

    VerifierKey stranger = SignerKey.generate(TestLog.NAME, new SecureRandom()).verifierKey();
    assertThatThrownBy(() -> RememberedLog.load(state, stranger))
        .isInstanceOf(RememberedLogException.class)
        .hasMessageContaining("does not verify");

    Path cut = Files.write(directory.resolve("cut"), java.util.Arrays.copyOf(bytes, 30));
    assertThatThrownBy(() -> RememberedLog.load(cut, log.key.verifierKey()))
        .isInstanceOf(RememberedLogException.class);
  }

  @Test
  void leavesArriveInPagesAndAFailureStopsTheWork() {
    TestLog log = TestLog.withEntries(250);
    List<byte[]> rows = log.rows();
    rows.remove(10);
    VerificationRun run =
        new LogVerifier(log.key.verifierKey()).start(log.checkpoint(), Optional.empty());
    for (int page = 0; page < rows.size(); page += 100) {
      rows.subList(page, Math.min(rows.size(), page + 100)).forEach(run::accept);
      if (run.hasFailed()) {
        break;
      }
    }
    VerificationReport report = run.finish();
    assertThat(report.entriesChecked()).isEqualTo(10);
    assertThat(failure(report).entry()).contains(LeafIndex.of(10));
  }
}
