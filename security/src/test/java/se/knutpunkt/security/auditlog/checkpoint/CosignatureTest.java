package se.knutpunkt.security.auditlog.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.knutpunkt.security.auditlog.merkle.MerkleHash;
import se.knutpunkt.security.auditlog.merkle.TreeHead;
import se.knutpunkt.security.auditlog.merkle.TreeSize;

/** Witness cosignatures, c2sp.org/tlog-cosignature (Ed25519, cosignature/v1). */
class CosignatureTest {

  /** The example of the spec (tlog-cosignature.md, "Format" and "Ed25519 signed message"). */
  private static final String SPEC_BODY =
      "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";

  private static final String SPEC_COSIGNATURE =
      "— witness.example.com/w1 jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2"
          + "oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==";

  private static final String SPEC_MESSAGE =
      "cosignature/v1\n"
          + "time 1679315147\n"
          + "example.com/behind-the-sofa\n"
          + "20852163\n"
          + "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";

  private static final KeyName LOG = KeyName.of("knutpunkt.test/audit");
  private static final KeyName WITNESS = KeyName.of("witness.test/w1");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Instant TIME = Instant.parse("2026-12-04T10:15:30Z");

  @TempDir Path directory;

  private final SignerKey log = SignerKey.generate(LOG, RANDOM);
  private final WitnessSignerKey witness = WitnessSignerKey.generate(WITNESS, RANDOM);
  private final Checkpoint checkpoint =
      new Checkpoint(
          LogOrigin.of(LOG),
          new TreeHead(TreeSize.of(42), MerkleHash.fromBase64(base64Of32((byte) 7))));

  private static String base64Of32(byte b) {
    byte[] bytes = new byte[32];
    Arrays.fill(bytes, b);
    return Base64.getEncoder().encodeToString(bytes);
  }

  private SignedNote cosigned() {
    SignedNote signed = SignedCheckpoint.sign(checkpoint, log).note();
    return signed.withSignature(witness.cosign(checkpoint, TIME).signature());
  }

  @Test
  void theSpecsExampleLineCarriesItsKeyIdAndTimestamp() {
    NoteSignature line = NoteSignature.parse(SPEC_COSIGNATURE);
    assertThat(line.keyName()).isEqualTo(KeyName.of("witness.example.com/w1"));
    assertThat(line.keyId().hex()).isEqualTo("8d66cf3f");
    assertThat(line.signature()).hasSize(8 + 64);
    assertThat(Cosignature.timestampOf(line.signature())).isEqualTo(1679315147L);
    assertThat(line.line()).isEqualTo(SPEC_COSIGNATURE + "\n");
  }

  @Test
  void theSignedMessageIsTheSpecsExampleByteForByte() {
    assertThat(new String(Cosignature.message(1679315147L, SPEC_BODY), StandardCharsets.UTF_8))
        .isEqualTo(SPEC_MESSAGE);
  }

  @Test
  void anIndependentVerifierAcceptsOurCosignature() throws Exception {
    // restated from the spec with the JDK's own Ed25519, not Bouncy Castle: key ID, layout, message
    Cosignature cosignature = witness.cosign(checkpoint, TIME);
    String line = cosignature.line();
    assertThat(line).startsWith("— witness.test/w1 ").endsWith("\n");
    byte[] blob = Base64.getDecoder().decode(line.substring(line.lastIndexOf(' ') + 1).strip());
    byte[] publicKey = Arrays.copyOfRange(typedKey(witness.witnessKey()), 1, 33);

    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    sha256.update("witness.test/w1\n".getBytes(StandardCharsets.UTF_8));
    sha256.update((byte) 0x04);
    sha256.update(publicKey);
    assertThat(Arrays.copyOf(blob, 4)).isEqualTo(Arrays.copyOf(sha256.digest(), 4));
    assertThat(ByteBuffer.wrap(blob, 4, 8).getLong()).isEqualTo(TIME.getEpochSecond());

    Signature ed25519 = Signature.getInstance("Ed25519");
    ed25519.initVerify(jdkPublicKey(publicKey));
    ed25519.update(
        ("cosignature/v1\ntime " + TIME.getEpochSecond() + "\n" + checkpoint.body())
            .getBytes(StandardCharsets.UTF_8));
    assertThat(ed25519.verify(Arrays.copyOfRange(blob, 12, 76))).isTrue();
  }

  private static byte[] typedKey(WitnessKey key) {
    String encoded = key.encoded();
    return Base64.getDecoder().decode(encoded.split("\\+", 3)[2]);
  }

  private static PublicKey jdkPublicKey(byte[] raw) throws Exception {
    byte[] x509 = HexFormat.of().parseHex("302a300506032b6570032100");
    byte[] encoded = Arrays.copyOf(x509, x509.length + 32);
    System.arraycopy(raw, 0, encoded, x509.length, 32);
    return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
  }

  @Test
  void aCosignedCheckpointVerifiesForTheWitnessAndStillForTheLog() {
    SignedNote note = SignedNote.parse(cosigned().format());
    Cosignature found = witness.witnessKey().requireIn(note);
    assertThat(found.time()).isEqualTo(TIME);
    assertThat(found.witness()).isEqualTo(witness.witnessKey());
    // the log's verifier ignores the witness's line, the witness's the log's
    assertThat(SignedCheckpoint.open(note.format(), log.verifierKey()).checkpoint())
        .isEqualTo(checkpoint);
  }

  @Test
  void anotherWitnessesKeyFindsNoCosignatureAndRequiringOneFails() {
    WitnessKey other = WitnessSignerKey.generate(WITNESS, RANDOM).witnessKey();
    SignedNote note = cosigned();
    assertThat(other.verifiedIn(note)).isEmpty();
    assertThatThrownBy(() -> other.requireIn(note))
        .isInstanceOf(NoteVerificationException.class)
        .hasMessageContaining("no cosignature by witness witness.test/w1+" + other.id());
    // a log-signed checkpoint without any cosignature
    assertThatThrownBy(
            () -> witness.witnessKey().requireIn(SignedCheckpoint.sign(checkpoint, log).note()))
        .isInstanceOf(NoteVerificationException.class);
  }

  @Test
  void aTamperedCheckpointBodyIsRefused() {
    SignedNote note = cosigned();
    String changed = note.format().replace("\n42\n", "\n43\n");
    assertThatThrownBy(() -> witness.witnessKey().verifiedIn(SignedNote.parse(changed)))
        .isInstanceOf(NoteVerificationException.class)
        .hasMessageContaining("does not verify");
  }

  @Test
  void aChangedTimestampIsRefused() {
    NoteSignature real = witness.cosign(checkpoint, TIME).signature();
    byte[] bytes = real.signature();
    ByteBuffer.wrap(bytes).putLong(TIME.getEpochSecond() + 1);
    NoteSignature moved = new NoteSignature(real.keyName(), real.keyId(), bytes);
    assertThatThrownBy(() -> witness.witnessKey().verify(checkpoint.body(), moved))
        .isInstanceOf(NoteVerificationException.class);
    // a cosignature made at another time verifies only with its own time
    assertThat(witness.witnessKey().verify(checkpoint.body(), real).timestamp())
        .isEqualTo(TIME.getEpochSecond());
  }

  @Test
  void aLineOfTheWitnessesNameAndIdThatDoesNotVerifyRejectsTheNote() {
    byte[] garbage = new byte[72];
    RANDOM.nextBytes(garbage);
    SignedNote note =
        cosigned().withSignature(new NoteSignature(WITNESS, witness.witnessKey().id(), garbage));
    assertThatThrownBy(() -> witness.witnessKey().verifiedIn(note))
        .isInstanceOf(NoteVerificationException.class);
    // too short to hold a timestamp and a signature
    NoteSignature shortLine = new NoteSignature(WITNESS, witness.witnessKey().id(), new byte[64]);
    assertThatThrownBy(() -> witness.witnessKey().verify(checkpoint.body(), shortLine))
        .isInstanceOf(NoteVerificationException.class);
  }

  @Test
  void aLogsOwnSignatureIsNoCosignatureEvenWithTheSameEd25519Key() {
    // the same name and Ed25519 key: the key IDs differ (type 0x01 against 0x04)
    byte[] seed = new byte[32];
    RANDOM.nextBytes(seed);
    WitnessSignerKey sameKey = WitnessSignerKey.fromSeed(LOG, seed);
    SignedNote signed = SignedCheckpoint.sign(checkpoint, log).note();
    assertThat(sameKey.witnessKey().id()).isNotEqualTo(log.verifierKey().id());
    assertThat(sameKey.witnessKey().verifiedIn(signed)).isEmpty();
  }

  @Test
  void witnessKeysReadBackAndLogKeysAreRefusedAsWitnessKeys() {
    WitnessKey key = witness.witnessKey();
    assertThat(WitnessKey.parse(key.encoded())).isEqualTo(key);
    assertThat(key.encoded()).startsWith("witness.test/w1+" + key.id().hex() + "+B");
    assertThatThrownBy(() -> WitnessKey.parse(log.verifierKey().encoded()))
        .isInstanceOf(MalformedNoteException.class)
        .hasMessageContaining("type 0x01");
    assertThatThrownBy(() -> VerifierKey.parse(key.encoded()))
        .isInstanceOf(MalformedNoteException.class);
    String wrongId = key.encoded().replace(key.id().hex(), "00000000");
    assertThatThrownBy(() -> WitnessKey.parse(wrongId))
        .isInstanceOf(MalformedNoteException.class)
        .hasMessageContaining("claims key ID");

    WitnessSignerKey read = WitnessSignerKey.parse(witness.encoded());
    assertThat(read.witnessKey()).isEqualTo(key);
    assertThat(read.toString()).doesNotContain(witness.encoded().substring(40));
    assertThatThrownBy(() -> SignerKey.parse(witness.encoded()))
        .isInstanceOf(MalformedNoteException.class);
    assertThatThrownBy(() -> WitnessSignerKey.parse(log.encoded()))
        .isInstanceOf(MalformedNoteException.class);
  }

  @Test
  void ed25519CosignaturesAreDeterministicForATime() {
    assertThat(witness.cosign(checkpoint, TIME)).isEqualTo(witness.cosign(checkpoint, TIME));
    assertThat(witness.cosign(checkpoint, TIME).line())
        .isNotEqualTo(witness.cosign(checkpoint, TIME.plusSeconds(1)).line());
  }

  @Test
  void theWitnessKeyFileIsOwnerOnlyAndReadBack() throws IOException {
    Path file = directory.resolve("witness/witness.key");
    WitnessSignerKey made = WitnessKeyFile.loadOrCreate(file, WITNESS, RANDOM);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(WitnessKeyFile.loadOrCreate(file, WITNESS, RANDOM).witnessKey())
        .isEqualTo(made.witnessKey());
    assertThat(WitnessKeyFile.load(file).witnessKey()).isEqualTo(made.witnessKey());
    assertThatThrownBy(
            () -> WitnessKeyFile.loadOrCreate(file, KeyName.of("someone.else/w"), RANDOM))
        .isInstanceOf(SignerKeyFileException.class)
        .hasMessageContaining("witness key file")
        .hasMessageContaining("someone.else/w");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    assertThatThrownBy(() -> WitnessKeyFile.load(file))
        .isInstanceOf(SignerKeyFileException.class)
        .hasMessageContaining("chmod 600");
  }

  @Test
  void manyCosignaturesOfOneWitnessGiveTheNewest() {
    SignedNote note =
        cosigned().withSignature(witness.cosign(checkpoint, TIME.plusSeconds(60)).signature());
    assertThat(witness.witnessKey().requireIn(note).time()).isEqualTo(TIME.plusSeconds(60));
    assertThat(note.signatures()).hasSize(3);
    assertThat(List.copyOf(note.signatures()).get(0).keyName()).isEqualTo(LOG);
  }
}
