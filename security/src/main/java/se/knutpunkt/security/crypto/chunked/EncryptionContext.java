package se.knutpunkt.security.crypto.chunked;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The Cobblestone context: bytes bound into the key derivation, so that a ciphertext made for one
 * purpose (one attachment, or a sealed file) cannot be passed off as another.
 */
public final class EncryptionContext {
  /** The context of every sealed file ({@code docs/crypto.md}). */
  public static final EncryptionContext SEALED_FILE = of("knutpunkt/sealed-file/v1");

  private final byte[] bytes;

  private EncryptionContext(byte[] bytes) {
    this.bytes = bytes;
  }

  /** An in-app attachment's content: its id in the canonical lowercase 36-character form. */
  public static EncryptionContext attachment(java.util.UUID attachmentId) {
    return of(attachmentId.toString());
  }

  public static EncryptionContext of(String text) {
    return new EncryptionContext(text.getBytes(StandardCharsets.UTF_8));
  }

  public static EncryptionContext ofBytes(byte[] bytes) {
    return new EncryptionContext(bytes.clone());
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EncryptionContext context && Arrays.equals(bytes, context.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "EncryptionContext[" + new String(bytes, StandardCharsets.UTF_8) + "]";
  }
}
