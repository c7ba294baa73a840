package se.knutpunkt.security.crypto.hpke;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.security.crypto.casekey.CaseKeyEpoch;

/**
 * The HPKE {@code info}: what a wrapped key is for. A key sealed for one purpose, case or epoch
 * does not open under another, so a wrapped key cannot be replayed elsewhere.
 */
public final class HpkeInfo {
  /** A sealed file's file key: the ASCII string alone. */
  public static final HpkeInfo SEALED_FILE = new HpkeInfo(ascii("knutpunkt/sealed-file/v1"));

  private static final byte[] CASE_KEY_LABEL = ascii("knutpunkt/case-key/v1");

  private final byte[] bytes;

  private HpkeInfo(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * A case key for one epoch: "knutpunkt/case-key/v1" ‖ 0x00 ‖ case id (16 bytes, the UUID
   * big-endian) ‖ epoch (4 bytes big-endian). Fixed lengths after the label keep it unambiguous.
   */
  public static HpkeInfo caseKey(CaseId caseId, CaseKeyEpoch epoch) {
    UUID id = caseId.value();
    return new HpkeInfo(
        ByteBuffer.allocate(CASE_KEY_LABEL.length + 1 + 16 + 4)
            .put(CASE_KEY_LABEL)
            .put((byte) 0)
            .putLong(id.getMostSignificantBits())
            .putLong(id.getLeastSignificantBits())
            .putInt(epoch.number())
            .array());
  }

  /** Any other info, for conformance vectors. */
  public static HpkeInfo ofBytes(byte[] bytes) {
    return new HpkeInfo(bytes.clone());
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HpkeInfo info && Arrays.equals(bytes, info.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }
}
