package se.knutpunkt.security.crypto.casekey;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.security.crypto.Bytes;
import se.knutpunkt.security.crypto.InvalidKeySizeException;
import se.knutpunkt.security.crypto.hpke.Hpke;
import se.knutpunkt.security.crypto.hpke.HpkeInfo;
import se.knutpunkt.security.crypto.hpke.KeyUnwrapException;
import se.knutpunkt.security.crypto.hpke.WrappedKey;
import se.knutpunkt.security.crypto.keys.P256PrivateKey;
import se.knutpunkt.security.crypto.keys.P256PublicKey;

/**
 * The random 256-bit key of one case in one epoch. Members receive it wrapped with HPKE for their
 * public key, with an info that names the case and the epoch.
 */
public final class CaseKey {
  public static final int LENGTH = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final CaseId caseId;
  private final CaseKeyEpoch epoch;
  private final byte[] bytes;

  private CaseKey(CaseId caseId, CaseKeyEpoch epoch, byte[] bytes) {
    this.caseId = Objects.requireNonNull(caseId, "case id");
    this.epoch = Objects.requireNonNull(epoch, "epoch");
    this.bytes = bytes;
  }

  public static CaseKey random(CaseId caseId, CaseKeyEpoch epoch) {
    byte[] bytes = new byte[LENGTH];
    RANDOM.nextBytes(bytes);
    return new CaseKey(caseId, epoch, bytes);
  }

  public static CaseKey of(CaseId caseId, CaseKeyEpoch epoch, byte[] bytes) {
    if (bytes.length != LENGTH) {
      throw new InvalidKeySizeException("a case key is 32 bytes, not " + bytes.length);
    }
    return new CaseKey(caseId, epoch, bytes.clone());
  }

  /** Wraps this key for one member (or the agency's recovery key). */
  public WrappedKey wrapFor(P256PublicKey member) {
    return Hpke.seal(member, HpkeInfo.caseKey(caseId, epoch), bytes);
  }

  /**
   * Unwraps a member's copy of the key of {@code caseId} in {@code epoch}.
   *
   * @throws KeyUnwrapException when it was wrapped for someone else, another case or epoch
   */
  public static CaseKey unwrap(
      P256PrivateKey member, CaseId caseId, CaseKeyEpoch epoch, WrappedKey wrapped)
      throws KeyUnwrapException {
    byte[] key = Hpke.open(member, HpkeInfo.caseKey(caseId, epoch), wrapped);
    if (key.length != LENGTH) {
      throw new KeyUnwrapException("the unwrapped case key is not 32 bytes");
    }
    return new CaseKey(caseId, epoch, key);
  }

  public CaseId caseId() {
    return caseId;
  }

  public CaseKeyEpoch epoch() {
    return epoch;
  }

  byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CaseKey key
        && caseId.equals(key.caseId)
        && epoch.equals(key.epoch)
        && Bytes.constantTimeEquals(bytes, key.bytes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(caseId, epoch, Arrays.hashCode(bytes));
  }

  @Override
  public String toString() {
    return "CaseKey[" + caseId + ", epoch " + epoch.number() + ", redacted]";
  }
}
