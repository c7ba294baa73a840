package se.knutpunkt.security.crypto.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/**
 * A user's P-256 private key with its public key. Serialises to PKCS#8 the way WebCrypto exports
 * one: ECPrivateKey version 1 with the public key included and the curve named only in the PKCS#8
 * algorithm identifier.
 */
public final class P256PrivateKey {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final BigInteger scalar;
  private final P256PublicKey publicKey;

  private P256PrivateKey(BigInteger scalar) {
    this.scalar = scalar;
    this.publicKey = P256PublicKey.of(P256.multiplyBase(scalar));
  }

  public static P256PrivateKey generate() {
    BigInteger scalar;
    do {
      scalar = new BigInteger(P256.ORDER.bitLength(), RANDOM);
    } while (scalar.signum() == 0 || scalar.compareTo(P256.ORDER) >= 0);
    return new P256PrivateKey(scalar);
  }

  /** From the 32-byte big-endian scalar (HPKE's serialisation, a JWK's "d"). */
  public static P256PrivateKey fromScalar(byte[] scalar) throws KeyFileException {
    if (scalar.length != P256.FIELD_BYTES) {
      throw new MalformedKeyFileException("a P-256 private key is 32 bytes");
    }
    BigInteger d = new BigInteger(1, scalar);
    if (d.signum() == 0 || d.compareTo(P256.ORDER) >= 0) {
      throw new MalformedKeyFileException("the private scalar is outside 1..n-1");
    }
    return new P256PrivateKey(d);
  }

  /** From an unencrypted DER PKCS#8 PrivateKeyInfo holding a P-256 key. */
  public static P256PrivateKey fromPkcs8(byte[] der) throws KeyFileException {
    PrivateKeyInfo info;
    ECPrivateKey ecKey;
    try {
      info = PrivateKeyInfo.getInstance(ASN1Primitive.fromByteArray(der));
      P256PublicKey.requireP256(info.getPrivateKeyAlgorithm());
      ecKey = ECPrivateKey.getInstance(info.parsePrivateKey());
    } catch (IOException | RuntimeException e) {
      throw new MalformedKeyFileException("not a PKCS#8 P-256 private key");
    }
    BigInteger d = ecKey.getKey();
    if (d.signum() <= 0 || d.compareTo(P256.ORDER) >= 0) {
      throw new MalformedKeyFileException("the private scalar is outside 1..n-1");
    }
    P256PrivateKey key = new P256PrivateKey(d);
    if (ecKey.getPublicKey() != null
        && !java.util.Arrays.equals(
            ecKey.getPublicKey().getOctets(), key.publicKey.uncompressed())) {
      throw new MalformedKeyFileException(
          "the key file's public key does not belong to its private key");
    }
    return key;
  }

  public P256PublicKey publicKey() {
    return publicKey;
  }

  /** The 32-byte big-endian scalar. */
  public byte[] scalar() {
    return BigIntegers.asUnsignedByteArray(P256.FIELD_BYTES, scalar);
  }

  /**
   * Plain ECDH: the x-coordinate of d·Q, 32 bytes, as WebCrypto's deriveBits returns it.
   *
   * @throws InvalidPublicKeyException if the product is the point at infinity
   */
  public byte[] agree(P256PublicKey peer) throws InvalidPublicKeyException {
    ECPoint shared = peer.point().multiply(scalar).normalize();
    if (shared.isInfinity()) {
      throw new InvalidPublicKeyException("ECDH produced the point at infinity");
    }
    return BigIntegers.asUnsignedByteArray(
        P256.FIELD_BYTES, shared.getAffineXCoord().toBigInteger());
  }

  public byte[] toPkcs8() {
    ASN1Encodable ecKey =
        new ECPrivateKey(256, scalar, new DERBitString(publicKey.uncompressed()), null);
    try {
      return new PrivateKeyInfo(P256.ALGORITHM, ecKey).getEncoded("DER");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "P256PrivateKey[public " + publicKey + "]";
  }
}
