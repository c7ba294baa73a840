package se.knutpunkt.security.auditlog.checkpoint;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/** One signature line of a signed note: {@code — <key name> base64(key ID ‖ signature)}. */
public final class NoteSignature {

  static final String EM_DASH = "\u2014";

  private final KeyName keyName;
  private final KeyId keyId;
  private final byte[] signature;

  public NoteSignature(KeyName keyName, KeyId keyId, byte[] signature) {
    this.keyName = Objects.requireNonNull(keyName, "keyName");
    this.keyId = Objects.requireNonNull(keyId, "keyId");
    if (signature.length == 0) {
      throw new MalformedNoteException("a note signature is never empty");
    }
    this.signature = signature.clone();
  }

  /**
   * Parses one signature line, with or without its final newline, e.g. a witness's cosignature.
   *
   * @throws MalformedNoteException if it is not {@code — <key name> <base64(key ID ‖ signature)>}
   */
  public static NoteSignature parse(String line) {
    Objects.requireNonNull(line, "signature line");
    String bare = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    if (bare.indexOf('\n') >= 0 || bare.chars().anyMatch(c -> c < 0x20)) {
      throw new MalformedNoteException("a signature line is one line of text");
    }
    return parseLine(bare);
  }

  /** Parses a line without its newline. */
  static NoteSignature parseLine(String line) {
    if (!line.startsWith(EM_DASH + " ")) {
      throw new MalformedNoteException(
          "a signature line starts with an em dash and a space: '" + line + "'");
    }
    String rest = line.substring(2);
    int space = rest.indexOf(' ');
    if (space < 0) {
      throw new MalformedNoteException("a signature line is '— <name> <base64>': '" + line + "'");
    }
    KeyName name = KeyName.of(rest.substring(0, space));
    String base64 = rest.substring(space + 1);
    byte[] blob;
    try {
      blob = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new MalformedNoteException("the signature of " + name + " is not base64", e);
    }
    if (blob.length < 5 || !Base64.getEncoder().encodeToString(blob).equals(base64)) {
      throw new MalformedNoteException(
          "the signature of " + name + " is not a key ID and a signature");
    }
    return new NoteSignature(name, KeyId.fromBytes(blob), Arrays.copyOfRange(blob, 4, blob.length));
  }

  /** The line as it stands in a note, final newline included. */
  public String line() {
    byte[] blob = new byte[4 + signature.length];
    System.arraycopy(keyId.bytes(), 0, blob, 0, 4);
    System.arraycopy(signature, 0, blob, 4, signature.length);
    return EM_DASH + " " + keyName + " " + Base64.getEncoder().encodeToString(blob) + "\n";
  }

  public KeyName keyName() {
    return keyName;
  }

  public KeyId keyId() {
    return keyId;
  }

  public byte[] signature() {
    return signature.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NoteSignature that
        && keyName.equals(that.keyName)
        && keyId.equals(that.keyId)
        && Arrays.equals(signature, that.signature);
  }

  @Override
  public int hashCode() {
    return Objects.hash(keyName, keyId, Arrays.hashCode(signature));
  }

  @Override
  public String toString() {
    return line().strip();
  }
}
