package se.knutpunkt.security.auditlog.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.knutpunkt.security.auditlog.merkle.MerkleHash;
import se.knutpunkt.security.auditlog.merkle.TreeHasher;

/**
 * An auditor whose reach covers only some entries receives the rest as their leaf hashes: the log
 * still verifies whole, and a changed entry the auditor cannot read is still caught.
 */
class LeafPageFormatTest {

  /** The page an auditor gets who may read only the entries with an even index. */
  private static byte[] evenInFull(List<byte[]> rows) throws IOException {
    ByteArrayOutputStream page = new ByteArrayOutputStream();
    TreeHasher hasher = new TreeHasher();
    for (int i = 0; i < rows.size(); i++) {
      if (i % 2 == 0) {
        LeafPageFormat.writeInFull(page, rows.get(i));
      } else {
        LeafPageFormat.writeHashOnly(page, hasher.leafHash(rows.get(i)));
      }
    }
    return page.toByteArray();
  }

  private static VerificationReport verifyPage(TestLog log, byte[] page) {
    VerificationRun run =
        new LogVerifier(log.key.verifierKey()).start(log.checkpoint(), Optional.empty());
    LeafPageFormat.read(page, LeafPageFormat.into(run));
    return run.finish();
  }

  @Test
  void aLogServedPartlyAsHashesVerifiesWholeAndSaysHowMuchWasHashOnly() throws IOException {
    TestLog log = TestLog.withEntries(301);
    VerificationReport report = verifyPage(log, evenInFull(log.rows()));
    assertThat(report.verified()).as(report.summary()).isTrue();
    assertThat(report.entriesChecked()).isEqualTo(301);
    assertThat(report.entriesAsHashOnly()).isEqualTo(150);
    assertThat(report.summary()).contains("150 of them outside your reach");
  }

  @Test
  void theStateOfARunOnHashesServesTheNextRunOfAnAuditorWhoReadsAll() throws IOException {
    TestLog log = TestLog.withEntries(64);
    RememberedLog state = verifyPage(log, evenInFull(log.rows())).nextState().orElseThrow();
    log.append(10);
    VerificationReport all =
        new LogVerifier(log.key.verifierKey())
            .verify(log.checkpoint(), log.rows().iterator(), Optional.of(state), Optional.empty());
    assertThat(all.verified()).as(all.summary()).isTrue();
  }

  @Test
  void anEntryOutsideTheReachThatWasChangedFailsTheRoot() throws IOException {
    TestLog log = TestLog.withEntries(100);
    List<byte[]> rows = log.rows();
    rows.set(41, log.edited(41, "SOMETHING_ELSE"));
    VerificationReport report = verifyPage(log, evenInFull(rows));
    assertThat(report.verified()).isFalse();
    assertThat(report.failure().orElseThrow().problem()).isEqualTo(Problem.ROOT_MISMATCH);
  }

  @Test
  void aPageWithAnEntryMissingFailsAndOneWithAnExtraEntryIsRefused() throws IOException {
    TestLog log = TestLog.withEntries(20);
    byte[] whole = evenInFull(log.rows());
    byte[] lastCut = Arrays.copyOf(whole, whole.length - 33); // entry 19 was hash-only
    assertThat(verifyPage(log, lastCut).failure().orElseThrow().problem())
        .isEqualTo(Problem.ENTRIES_MISSING);

    ByteArrayOutputStream extra = new ByteArrayOutputStream();
    extra.write(whole);
    LeafPageFormat.writeHashOnly(extra, MerkleHash.of(new byte[32]));
    assertThat(verifyPage(log, extra.toByteArray()).failure().orElseThrow().problem())
        .isEqualTo(Problem.ENTRY_NOT_SIGNED);
  }

  @Test
  void aPageThatIsNotASequenceOfRecordsIsRefusedWithWhere() throws IOException {
    TestLog log = TestLog.withEntries(4);
    byte[] whole = evenInFull(log.rows());
    LeafPageFormat.Entries ignore =
        LeafPageFormat.into(
            new LogVerifier(log.key.verifierKey()).start(log.checkpoint(), Optional.empty()));
    assertThatThrownBy(() -> LeafPageFormat.read(Arrays.copyOf(whole, whole.length - 1), ignore))
        .isInstanceOf(LeafPageFormat.MalformedLeafPageException.class)
        .hasMessageContaining("ends inside a record");
    assertThatThrownBy(() -> LeafPageFormat.read(new byte[] {7}, ignore))
        .hasMessageContaining("record kind 7 at offset 0");
    assertThatThrownBy(() -> LeafPageFormat.read(new byte[] {1, (byte) 0x7f, 0, 0, 0}, ignore))
        .hasMessageContaining("a leaf of 2130706432 bytes");
  }
}
