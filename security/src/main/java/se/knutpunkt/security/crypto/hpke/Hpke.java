package se.knutpunkt.security.crypto.hpke;

import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.hpke.HPKE;
import org.bouncycastle.crypto.hpke.HPKEContext;
import org.bouncycastle.crypto.hpke.HPKEContextWithEncapsulation;
import se.knutpunkt.security.crypto.keys.InvalidPublicKeyException;
import se.knutpunkt.security.crypto.keys.P256PrivateKey;
import se.knutpunkt.security.crypto.keys.P256PublicKey;

/**
 * HPKE (RFC 9180) in base mode with DHKEM(P-256, HKDF-SHA256), HKDF-SHA256 and AES-256-GCM,
 * single-shot: one message (a key) per encapsulation, sealed at sequence number 0 with empty AAD;
 * the binding to purpose, case and epoch is in the {@link HpkeInfo}.
 */
public final class Hpke {
  private static final byte[] NO_AAD = new byte[0];

  private Hpke() {}

  /** Knutpunkt's AEAD; the RFC's printed P-256 vector uses AES-128-GCM, hence the parameter. */
  static final short AES_256_GCM = HPKE.aead_AES_GCM256;

  private static HPKE suite(short aead) {
    return new HPKE(HPKE.mode_base, HPKE.kem_P256_SHA256, HPKE.kdf_HKDF_SHA256, aead);
  }

  public static WrappedKey seal(P256PublicKey recipient, HpkeInfo info, byte[] plaintext) {
    return seal(senderContext(AES_256_GCM, recipient, info, null), plaintext);
  }

  private static WrappedKey seal(HPKEContextWithEncapsulation context, byte[] plaintext) {
    try {
      return new WrappedKey(context.getEncapsulation(), context.seal(NO_AAD, plaintext));
    } catch (InvalidCipherTextException e) {
      throw new IllegalStateException("HPKE seal failed", e);
    }
  }

  /**
   * Opens a wrapped key.
   *
   * @throws KeyUnwrapException when it was sealed for another key or info, or was modified
   */
  public static byte[] open(P256PrivateKey recipient, HpkeInfo info, WrappedKey wrapped)
      throws KeyUnwrapException {
    try {
      return receiverContext(AES_256_GCM, recipient, info, wrapped.enc())
          .open(NO_AAD, wrapped.ciphertext());
    } catch (InvalidCipherTextException | RuntimeException e) {
      throw new KeyUnwrapException(
          "the wrapped key does not open: it was sealed for another key or purpose, or modified");
    }
  }

  /**
   * SetupBaseS; with a given ephemeral key only to reproduce the RFC's vectors (null: a fresh one).
   */
  static HPKEContextWithEncapsulation senderContext(
      short aead, P256PublicKey recipient, HpkeInfo info, P256PrivateKey ephemeral) {
    HPKE hpke = suite(aead);
    AsymmetricCipherKeyPair pair =
        ephemeral == null
            ? hpke.generatePrivateKey()
            : hpke.deserializePrivateKey(ephemeral.scalar(), ephemeral.publicKey().uncompressed());
    return hpke.setupBaseS(hpke.deserializePublicKey(recipient.uncompressed()), info.bytes(), pair);
  }

  /** SetupBaseR, refusing an {@code enc} that is not a valid P-256 point. */
  static HPKEContext receiverContext(
      short aead, P256PrivateKey recipient, HpkeInfo info, byte[] enc) throws KeyUnwrapException {
    try {
      P256PublicKey.fromUncompressed(enc);
    } catch (InvalidPublicKeyException e) {
      throw new KeyUnwrapException("the wrapped key's ephemeral public key is not a P-256 point");
    }
    HPKE hpke = suite(aead);
    AsymmetricCipherKeyPair skR =
        hpke.deserializePrivateKey(recipient.scalar(), recipient.publicKey().uncompressed());
    return hpke.setupBaseR(enc, skR, info.bytes());
  }
}
