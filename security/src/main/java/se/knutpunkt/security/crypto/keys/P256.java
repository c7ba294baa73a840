package se.knutpunkt.security.crypto.keys;

import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECPoint;

/** The curve P-256 (secp256r1, prime256v1) and its identifiers in key files. */
final class P256 {
  static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256r1");
  static final BigInteger ORDER = CURVE.getN();
  static final int FIELD_BYTES = 32;
  static final int UNCOMPRESSED_POINT_BYTES = 1 + 2 * FIELD_BYTES;
  static final ASN1ObjectIdentifier EC_PUBLIC_KEY = X9ObjectIdentifiers.id_ecPublicKey;
  static final ASN1ObjectIdentifier NAMED_CURVE = SECObjectIdentifiers.secp256r1;
  static final AlgorithmIdentifier ALGORITHM = new AlgorithmIdentifier(EC_PUBLIC_KEY, NAMED_CURVE);

  private P256() {}

  static ECPoint multiplyBase(BigInteger scalar) {
    return CURVE.getG().multiply(scalar).normalize();
  }
}
