package se.knutpunkt.security.auditlog.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.knutpunkt.security.auditlog.merkle.MerkleHash;
import se.knutpunkt.security.auditlog.merkle.Rfc9162ReferenceBridge;
import se.knutpunkt.security.auditlog.merkle.TreeFrontier;
import se.knutpunkt.security.auditlog.merkle.TreeHead;
import se.knutpunkt.security.auditlog.merkle.TreeSize;

/** The C2SP tlog-checkpoint body, and a signed checkpoint as an outside verifier reads it. */
class CheckpointTest {

  private static final KeyName LOG = KeyName.of("knutpunkt.test/audit");
  private static final MerkleHash ROOT =
      MerkleHash.fromBase64("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=");

  @Test
  void bodyIsOriginSizeAndBase64RootEachOnItsOwnLine() {
    Checkpoint checkpoint =
        new Checkpoint(
            LogOrigin.of("example.com/behind-the-sofa"), new TreeHead(TreeSize.of(20852163), ROOT));
    assertThat(checkpoint.body())
        .isEqualTo(
            "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n");
    assertThat(Checkpoint.parse(checkpoint.body())).isEqualTo(checkpoint);
  }

  @Test
  void extensionLinesFollowTheRootAndSurviveParsing() {
    Checkpoint checkpoint =
        new Checkpoint(LogOrigin.of(LOG), new TreeHead(TreeSize.EMPTY, ROOT), List.of("a b", "c"));
    assertThat(checkpoint.body()).endsWith("\na b\nc\n");
    assertThat(Checkpoint.parse(checkpoint.body())).isEqualTo(checkpoint);
  }

  @Test
  void malformedBodiesAreRefused() {
    String root = ROOT.base64();
    List<String> bad =
        List.of(
            "log\n5\n" + root,
            "log\n5\n",
            "\n5\n" + root + "\n",
            "log\n05\n" + root + "\n",
            "log\n-5\n" + root + "\n",
            "log\n+5\n" + root + "\n",
            "log\n 5\n" + root + "\n",
            "log\n9223372036854775808\n" + root + "\n",
            "log\n5\n" + root.substring(0, 40) + "\n",
            "log\n5\n" + root.replace("=", "") + "\n",
            "log\n5\n" + Base64.getEncoder().encodeToString(new byte[31]) + "\n",
            "log\n5\n" + root + "\n\n",
            "log\n5\n" + root + "\next\n\n");
    for (String body : bad) {
      assertThatThrownBy(() -> Checkpoint.parse(body))
          .as("%s", body)
          .isInstanceOf(MalformedNoteException.class);
    }
    assertThat(Checkpoint.parse("log\n0\n" + root + "\n").size()).isEqualTo(TreeSize.EMPTY);
  }

  @Test
  void signedCheckpointOpensOnlyWithTheLogsKeyAndOrigin() {
    SignerKey key = SignerKey.generate(LOG, new SecureRandom());
    Checkpoint checkpoint = new Checkpoint(LogOrigin.of(LOG), new TreeHead(TreeSize.of(3), ROOT));
    SignedCheckpoint signed = SignedCheckpoint.sign(checkpoint, key);

    SignedCheckpoint opened = SignedCheckpoint.open(signed.text(), key.verifierKey());
    assertThat(opened.checkpoint()).isEqualTo(checkpoint);
    assertThat(opened).isEqualTo(signed);

    String biggerTree = signed.text().replaceFirst("\n3\n", "\n4\n");
    assertThatThrownBy(() -> SignedCheckpoint.open(biggerTree, key.verifierKey()))
        .isInstanceOf(NoteVerificationException.class);

    SignerKey otherLog = SignerKey.generate(KeyName.of("other.test/log"), new SecureRandom());
    assertThatThrownBy(() -> SignedCheckpoint.sign(checkpoint, otherLog))
        .isInstanceOf(NoteVerificationException.class)
        .hasMessageContaining("other.test/log");
    String otherOrigin = otherLog.sign(checkpoint.body()).format();
    assertThatThrownBy(() -> SignedCheckpoint.open(otherOrigin, otherLog.verifierKey()))
        .isInstanceOf(NoteVerificationException.class)
        .hasMessageContaining("is not one of log");
  }

  /**
   * Reads a checkpoint we signed the way an outside verifier would, sharing no parsing or signing
   * code with production: string splitting, the JDK's own Ed25519 (not Bouncy Castle), and the RFC
   * 9162 root from the test reference.
   */
  @Test
  void anIndependentMinimalVerifierAcceptsOurSignedCheckpoint() throws Exception {
    List<byte[]> leaves = new ArrayList<>();
    TreeFrontier frontier = new TreeFrontier();
    for (int i = 0; i < 11; i++) {
      byte[] leaf = ("entry " + i).getBytes(StandardCharsets.UTF_8);
      leaves.add(leaf);
      frontier.appendLeaf(leaf);
    }
    SignerKey key = SignerKey.generate(LOG, new SecureRandom());
    String served =
        SignedCheckpoint.sign(new Checkpoint(LogOrigin.of(LOG), frontier.head()), key).text();
    String publicKey = key.verifierKey().encoded();

    // The verifier key: name+hex id+base64(0x01 || key).
    String[] keyParts = publicKey.split("\\+", 3);
    byte[] typedKey = Base64.getDecoder().decode(keyParts[2]);
    assertThat(typedKey).hasSize(33);
    assertThat(typedKey[0]).isEqualTo((byte) 1);
    byte[] rawKey = Arrays.copyOfRange(typedKey, 1, 33);
    byte[] idHash =
        Rfc9162ReferenceBridge.sha256(
            keyParts[0].getBytes(StandardCharsets.UTF_8), new byte[] {'\n', 1}, rawKey);
    assertThat(keyParts[1]).isEqualTo(HexFormat.of().formatHex(idHash, 0, 4));

    // The note: text, blank line, "— name base64(id || sig)" lines.
    int split = served.lastIndexOf("\n\n");
    String text = served.substring(0, split + 1);
    String[] signatureLines = served.substring(split + 2).split("\n");
    assertThat(signatureLines).hasSize(1);
    assertThat(signatureLines[0]).startsWith("\u2014 " + keyParts[0] + " ");
    byte[] blob = Base64.getDecoder().decode(signatureLines[0].split(" ")[2]);
    assertThat(blob).hasSize(68);
    assertThat(Arrays.copyOfRange(blob, 0, 4)).isEqualTo(Arrays.copyOfRange(idHash, 0, 4));

    byte[] spki = HexFormat.of().parseHex("302a300506032b6570032100");
    PublicKey jdkKey =
        KeyFactory.getInstance("Ed25519")
            .generatePublic(new X509EncodedKeySpec(concat(spki, rawKey)));
    Signature ed25519 = Signature.getInstance("Ed25519");
    ed25519.initVerify(jdkKey);
    ed25519.update(text.getBytes(StandardCharsets.UTF_8));
    assertThat(ed25519.verify(Arrays.copyOfRange(blob, 4, 68))).isTrue();

    // The body: origin, size, base64 root — and the root is the RFC 9162 root of the leaves.
    String[] lines = text.split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).isEqualTo(LOG.value());
    assertThat(Long.parseLong(lines[1])).isEqualTo(11);
    assertThat(Base64.getDecoder().decode(lines[2])).isEqualTo(Rfc9162ReferenceBridge.mth(leaves));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
