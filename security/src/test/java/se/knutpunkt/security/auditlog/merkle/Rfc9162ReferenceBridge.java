package se.knutpunkt.security.auditlog.merkle;

/** Lets tests in other packages use the reference's own SHA-256, not the production hasher. */
public final class Rfc9162ReferenceBridge {

  private Rfc9162ReferenceBridge() {}

  public static byte[] sha256(byte[]... parts) {
    return Rfc9162Reference.sha256(parts);
  }

  public static byte[] mth(java.util.List<byte[]> leaves) {
    return Rfc9162Reference.mth(leaves);
  }
}
