package se.knutpunkt.security.crypto.hpke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.security.crypto.casekey.CaseKeyEpoch;
import se.knutpunkt.security.crypto.keys.P256PrivateKey;

class HpkeTest {
  private final P256PrivateKey alice = P256PrivateKey.generate();
  private final P256PrivateKey mallory = P256PrivateKey.generate();
  private final CaseId caseId = new CaseId(UUID.fromString("6f1c0d2e-2b1a-4c55-9d5e-1f2a3b4c5d6e"));
  private final byte[] secret = "0123456789abcdef0123456789abcdef".getBytes();

  @Test
  void roundTrip() throws Exception {
    HpkeInfo info = HpkeInfo.caseKey(caseId, CaseKeyEpoch.first());
    WrappedKey wrapped = Hpke.seal(alice.publicKey(), info, secret);
    assertThat(wrapped.enc()).hasSize(65).startsWith(0x04);
    assertThat(wrapped.ciphertext()).hasSize(48);
    assertThat(Hpke.open(alice, info, wrapped)).isEqualTo(secret);
    assertThat(WrappedKey.fromBytes(wrapped.toBytes())).isEqualTo(wrapped);
  }

  @Test
  void eachSealIsFresh() {
    HpkeInfo info = HpkeInfo.SEALED_FILE;
    assertThat(Hpke.seal(alice.publicKey(), info, secret))
        .isNotEqualTo(Hpke.seal(alice.publicKey(), info, secret));
  }

  @Test
  void theWrongPrivateKeyCannotOpen() {
    WrappedKey wrapped = Hpke.seal(alice.publicKey(), HpkeInfo.SEALED_FILE, secret);
    assertThatThrownBy(() -> Hpke.open(mallory, HpkeInfo.SEALED_FILE, wrapped))
        .isInstanceOf(KeyUnwrapException.class)
        .hasMessageContaining("another key or purpose");
  }

  @Test
  void anotherEpochCaseOrPurposeCannotOpen() {
    WrappedKey wrapped =
        Hpke.seal(alice.publicKey(), HpkeInfo.caseKey(caseId, CaseKeyEpoch.first()), secret);
    assertThatThrownBy(
            () -> Hpke.open(alice, HpkeInfo.caseKey(caseId, CaseKeyEpoch.first().next()), wrapped))
        .isInstanceOf(KeyUnwrapException.class);
    assertThatThrownBy(
            () ->
                Hpke.open(alice, HpkeInfo.caseKey(CaseId.random(), CaseKeyEpoch.first()), wrapped))
        .isInstanceOf(KeyUnwrapException.class);
    assertThatThrownBy(() -> Hpke.open(alice, HpkeInfo.SEALED_FILE, wrapped))
        .isInstanceOf(KeyUnwrapException.class);
  }

  @Test
  void aModifiedWrappedKeyDoesNotOpen() {
    byte[] bytes = Hpke.seal(alice.publicKey(), HpkeInfo.SEALED_FILE, secret).toBytes();
    for (int position : new int[] {1, 40, 64, 65, 90, bytes.length - 1}) {
      byte[] modified = bytes.clone();
      modified[position] ^= 0x01;
      assertThatThrownBy(
              () -> Hpke.open(alice, HpkeInfo.SEALED_FILE, WrappedKey.fromBytes(modified)))
          .as("flipped byte %d", position)
          .isInstanceOf(KeyUnwrapException.class);
    }
  }

  @Test
  void theCaseKeyInfoIsItsDocumentedBytes() {
    assertThat(HpkeInfo.caseKey(caseId, new CaseKeyEpoch(258)).bytes())
        .isEqualTo(
            se.knutpunkt.security.crypto.Bytes.fromHex(
                "6b6e757470756e6b742f636173652d6b65792f7631" // knutpunkt/case-key/v1
                    + "00"
                    + "6f1c0d2e2b1a4c559d5e1f2a3b4c5d6e"
                    + "00000102"));
  }
}
