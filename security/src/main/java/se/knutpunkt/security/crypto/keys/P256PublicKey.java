package se.knutpunkt.security.crypto.keys;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.bouncycastle.util.io.pem.PemWriter;
import se.knutpunkt.security.crypto.Bytes;

/**
 * A validated P-256 public key: on the curve and not the point at infinity. Travels as the 65-byte
 * uncompressed point (in HPKE) or as a PEM SubjectPublicKeyInfo ("PUBLIC KEY") file.
 */
public final class P256PublicKey {
  static final String PEM_TYPE = "PUBLIC KEY";

  private final byte[] uncompressed;
  private final ECPoint point;

  private P256PublicKey(ECPoint point) {
    this.point = point;
    this.uncompressed = point.getEncoded(false);
  }

  static P256PublicKey of(ECPoint point) {
    return new P256PublicKey(point.normalize());
  }

  /** From the uncompressed encoding 0x04 ‖ x ‖ y (65 bytes), as HPKE and WebCrypto "raw" use it. */
  public static P256PublicKey fromUncompressed(byte[] encoded) throws InvalidPublicKeyException {
    if (encoded.length != P256.UNCOMPRESSED_POINT_BYTES || encoded[0] != 0x04) {
      throw new InvalidPublicKeyException(
          "a P-256 public key is 65 bytes starting with 0x04, not " + encoded.length + " bytes");
    }
    return fromAffine(
        Arrays.copyOfRange(encoded, 1, 1 + P256.FIELD_BYTES),
        Arrays.copyOfRange(encoded, 1 + P256.FIELD_BYTES, encoded.length));
  }

  /** From big-endian affine coordinates of 32 bytes each (as in a JWK). */
  public static P256PublicKey fromAffine(byte[] x, byte[] y) throws InvalidPublicKeyException {
    if (x.length != P256.FIELD_BYTES || y.length != P256.FIELD_BYTES) {
      throw new InvalidPublicKeyException("P-256 coordinates are 32 bytes each");
    }
    ECPoint point;
    try {
      point = P256.CURVE.getCurve().validatePoint(new BigInteger(1, x), new BigInteger(1, y));
    } catch (IllegalArgumentException e) {
      throw new InvalidPublicKeyException("not a point on P-256: " + e.getMessage());
    }
    if (point.isInfinity()) {
      throw new InvalidPublicKeyException("the point at infinity is no public key");
    }
    return new P256PublicKey(point);
  }

  /** From a DER SubjectPublicKeyInfo; anything but an id-ecPublicKey on P-256 is refused. */
  public static P256PublicKey fromSpki(byte[] der) throws MalformedKeyFileException {
    SubjectPublicKeyInfo info;
    try {
      info = SubjectPublicKeyInfo.getInstance(der);
    } catch (RuntimeException e) {
      throw new MalformedKeyFileException("not a DER SubjectPublicKeyInfo");
    }
    if (info == null) {
      throw new MalformedKeyFileException("not a DER SubjectPublicKeyInfo");
    }
    requireP256(info.getAlgorithm());
    try {
      return fromUncompressed(info.getPublicKeyData().getOctets());
    } catch (InvalidPublicKeyException | RuntimeException e) {
      throw new MalformedKeyFileException(
          "the public key is no valid P-256 point: " + e.getMessage());
    }
  }

  public static P256PublicKey fromPem(String pem) throws MalformedKeyFileException {
    return fromSpki(Pem.decode(pem, PEM_TYPE));
  }

  static void requireP256(AlgorithmIdentifier algorithm) throws MalformedKeyFileException {
    if (!P256.EC_PUBLIC_KEY.equals(algorithm.getAlgorithm())) {
      throw new MalformedKeyFileException(
          "not an elliptic-curve key (algorithm " + algorithm.getAlgorithm() + ")");
    }
    if (!P256.NAMED_CURVE.equals(algorithm.getParameters())) {
      throw new MalformedKeyFileException("an elliptic-curve key, but not on P-256");
    }
  }

  public byte[] uncompressed() {
    return uncompressed.clone();
  }

  ECPoint point() {
    return point;
  }

  public byte[] toSpki() {
    try {
      return new SubjectPublicKeyInfo(P256.ALGORITHM, uncompressed).getEncoded("DER");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String toPem() {
    return Pem.encode(PEM_TYPE, toSpki());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof P256PublicKey key && Arrays.equals(uncompressed, key.uncompressed);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(uncompressed);
  }

  @Override
  public String toString() {
    return "P256PublicKey[" + Bytes.hex(uncompressed) + "]";
  }

  /** PEM armour: one object of an expected type, nothing else accepted. */
  static final class Pem {
    private Pem() {}

    static byte[] decode(String pem, String type) throws MalformedKeyFileException {
      PemObject object;
      try (PemReader reader = new PemReader(new StringReader(pem))) {
        object = reader.readPemObject();
      } catch (IOException | RuntimeException e) {
        throw new MalformedKeyFileException("not a PEM file: " + e.getMessage());
      }
      if (object == null) {
        throw new MalformedKeyFileException(
            "not a PEM file (no -----BEGIN " + type + "----- line)");
      }
      if (!type.equals(object.getType())) {
        throw new MalformedKeyFileException(
            "a PEM \"" + object.getType() + "\", where a \"" + type + "\" was expected");
      }
      return object.getContent();
    }

    static String encode(String type, byte[] der) {
      StringWriter text = new StringWriter();
      try (PemWriter writer = new PemWriter(text)) {
        writer.writeObject(new PemObject(type, der));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return text.toString();
    }
  }
}
