package se.knutpunkt.security.auditlog.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The C2SP signed-note format, checked against the reference vectors of Go's
 * golang.org/x/mod/sumdb/note (note_test.go: the PeterNeumann and EnochRoot keys, text and
 * signatures; data only), so that any signed-note tool accepts what we sign and we accept theirs.
 */
class SignedNoteTest {

  private static final String PETER_VERIFIER =
      "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
  private static final String PETER_SIGNER =
      "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
  private static final String ENOCH_VERIFIER =
      "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop";
  private static final String TEXT =
      "If you think cryptography is the answer to your problem,\n"
          + "then you don't know what your problem is.\n";
  private static final String PETER_SIG =
      "— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
  private static final String ENOCH_SIG =
      "— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n";

  @Test
  void verifierKeyOfTheReferenceParsesWithItsNameAndKeyId() {
    VerifierKey key = VerifierKey.parse(PETER_VERIFIER);
    assertThat(key.name()).isEqualTo(KeyName.of("PeterNeumann"));
    assertThat(key.id().hex()).isEqualTo("c74f20a3");
    assertThat(key.encoded()).isEqualTo(PETER_VERIFIER);
  }

  @Test
  void everyManglingOfAVerifierKeyIsRefused() {
    byte[] b = PETER_VERIFIER.getBytes(StandardCharsets.UTF_8);
    List<String> accepted = new ArrayList<>();
    for (int i = 0; i <= b.length; i++) {
      for (int j = i + 1; j <= b.length; j++) {
        if (i != 0 || j != b.length) {
          tryParse(new String(b, i, j - i, StandardCharsets.UTF_8), accepted);
        }
      }
    }
    for (int i = 0; i < b.length; i++) {
      b[i]++;
      tryParse(new String(b, StandardCharsets.UTF_8), accepted);
      b[i]--;
    }
    // Right length and type, key ID recomputed: still refused for the wrong key length or type.
    tryParse(
        "PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==", accepted);
    tryParse("PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", accepted);
    assertThat(accepted).isEmpty();
  }

  private static void tryParse(String candidate, List<String> accepted) {
    try {
      VerifierKey.parse(candidate);
      accepted.add(candidate);
    } catch (MalformedNoteException expected) {
      // refused, as it should be
    }
  }

  @Test
  void signingTheReferenceTextGivesTheReferenceNoteByteForByte() {
    SignerKey signer = SignerKey.parse(PETER_SIGNER);
    assertThat(signer.verifierKey().encoded()).isEqualTo(PETER_VERIFIER);
    assertThat(signer.encoded()).isEqualTo(PETER_SIGNER);
    assertThat(signer.sign(TEXT).format()).isEqualTo(TEXT + "\n" + PETER_SIG);
    assertThat(signer.toString()).doesNotContain("AYEKFALV");
  }

  @Test
  void referenceNoteVerifiesAndSignaturesOfUnknownKeysAreIgnored() {
    VerifierKey peter = VerifierKey.parse(PETER_VERIFIER);
    SignedNote note = SignedNote.parse(TEXT + "\n" + PETER_SIG + ENOCH_SIG);
    assertThat(note.signatures()).hasSize(2);
    assertThat(peter.verify(note)).isEqualTo(TEXT);
    assertThat(VerifierKey.parse(ENOCH_VERIFIER).verify(note)).isEqualTo(TEXT);
    assertThat(note.format()).isEqualTo(TEXT + "\n" + PETER_SIG + ENOCH_SIG);
  }

  @Test
  void aNoteWithoutASignatureByTheKeyIsRefused() {
    SignedNote onlyEnoch = SignedNote.parse(TEXT + "\n" + ENOCH_SIG);
    assertThatThrownBy(() -> VerifierKey.parse(PETER_VERIFIER).verify(onlyEnoch))
        .isInstanceOf(NoteVerificationException.class)
        .hasMessageContaining("no signature by PeterNeumann+c74f20a3");
  }

  @Test
  void aChangedTextIsRefused() {
    SignedNote changed =
        SignedNote.parse(TEXT.replace("cryptography", "cryptographY") + "\n" + PETER_SIG);
    assertThatThrownBy(() -> VerifierKey.parse(PETER_VERIFIER).verify(changed))
        .isInstanceOf(NoteVerificationException.class)
        .hasMessageContaining("does not verify");
  }

  @Test
  void aChangedSignatureIsRefused() {
    String tampered = PETER_SIG.substring(0, 60) + "ABCD" + PETER_SIG.substring(60);
    SignedNote note = SignedNote.parse(TEXT + "\n" + tampered);
    assertThatThrownBy(() -> VerifierKey.parse(PETER_VERIFIER).verify(note))
        .isInstanceOf(NoteVerificationException.class);
    // Even beside a good one: a failing signature by the trusted key rejects the note.
    SignedNote both = SignedNote.parse(TEXT + "\n" + PETER_SIG + tampered);
    assertThatThrownBy(() -> VerifierKey.parse(PETER_VERIFIER).verify(both))
        .isInstanceOf(NoteVerificationException.class);
  }

  @Test
  void anotherKeyOfTheSameNameDoesNotVerify() {
    SignerKey impostor = SignerKey.generate(KeyName.of("PeterNeumann"), new SecureRandom());
    SignedNote forged = impostor.sign(TEXT);
    assertThatThrownBy(() -> VerifierKey.parse(PETER_VERIFIER).verify(forged))
        .isInstanceOf(NoteVerificationException.class);
    assertThat(impostor.verifierKey().verify(forged)).isEqualTo(TEXT);
  }

  @Test
  void malformedNotesAreRefusedAsTheReferenceRefusesThem() {
    List<String> bad =
        List.of(
            TEXT,
            TEXT + "\n",
            TEXT + "\n" + PETER_SIG.substring(0, PETER_SIG.length() - 1),
            "\u0001" + TEXT + "\n" + PETER_SIG,
            TEXT
                + "\n"
                + "— Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n",
            TEXT + "\n" + PETER_SIG + "Unexpected line.\n",
            TEXT + "\n" + PETER_SIG.repeat(101),
            TEXT + "\n" + "— PeterNeumann AAAA\n");
    for (String message : bad) {
      assertThatThrownBy(() -> SignedNote.parse(message))
          .as("%s", message)
          .isInstanceOf(MalformedNoteException.class);
    }
    byte[] notUtf8 = (TEXT + "\n" + PETER_SIG).getBytes(StandardCharsets.UTF_8);
    byte[] withFf = new byte[notUtf8.length + 1];
    withFf[0] = (byte) 0xff;
    System.arraycopy(notUtf8, 0, withFf, 1, notUtf8.length);
    assertThatThrownBy(() -> SignedNote.parse(withFf)).isInstanceOf(MalformedNoteException.class);
    assertThat(SignedNote.parse(notUtf8).text()).isEqualTo(TEXT);
  }

  @Test
  void aTextWithBlankLinesKeepsThemAndSplitsAtTheLastOne() {
    SignerKey signer = SignerKey.generate(KeyName.of("example.org/log"), new SecureRandom());
    String text = "first\n\nthird\n";
    SignedNote parsed = SignedNote.parse(signer.sign(text).format());
    assertThat(parsed.text()).isEqualTo(text);
    assertThat(signer.verifierKey().verify(parsed)).isEqualTo(text);
  }

  @Test
  void keyIdIsTheFirstFourBytesOfTheHashOfNameNewlineTypeAndKey() {
    VerifierKey key = VerifierKey.parse(PETER_VERIFIER);
    byte[] hash =
        se.knutpunkt.security.auditlog.merkle.Rfc9162ReferenceBridge.sha256(
            "PeterNeumann".getBytes(StandardCharsets.UTF_8),
            new byte[] {0x0a, 0x01},
            key.publicKey());
    assertThat(key.id().hex())
        .isEqualTo(java.util.HexFormat.of().formatHex(hash, 0, 4))
        .isEqualTo(KeyId.forEd25519(key.name(), key.publicKey()).hex());
  }

  @Test
  void signerKeysAreRefusedWhenMangled() {
    assertThatThrownBy(() -> SignerKey.parse(PETER_SIGNER.replace("c74f20a3", "c74f20a4")))
        .isInstanceOf(MalformedNoteException.class)
        .hasMessageContaining("key ID");
    assertThatThrownBy(() -> SignerKey.parse(PETER_SIGNER.substring(12)))
        .isInstanceOf(MalformedNoteException.class);
    assertThatThrownBy(() -> SignerKey.parse(PETER_SIGNER.substring(0, PETER_SIGNER.length() - 4)))
        .isInstanceOf(MalformedNoteException.class);
  }
}
