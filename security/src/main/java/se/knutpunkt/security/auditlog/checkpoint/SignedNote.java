package se.knutpunkt.security.auditlog.checkpoint;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A C2SP signed note: a text ending in a newline, a blank line, then one or more signature lines.
 * The text is what was signed, final newline included. This class only holds and parses; {@link
 * VerifierKey#verify} decides whether to believe it.
 */
public final class SignedNote {

  /** The spec asks verifiers to accept at least 16; more is a note built to waste our time. */
  static final int MAX_SIGNATURES = 100;

  private final String text;
  private final List<NoteSignature> signatures;

  public SignedNote(String text, List<NoteSignature> signatures) {
    requireValidText(text);
    this.text = text;
    this.signatures = List.copyOf(signatures);
    if (this.signatures.isEmpty()) {
      throw new MalformedNoteException("a signed note has at least one signature");
    }
    if (this.signatures.size() > MAX_SIGNATURES) {
      throw new MalformedNoteException("a note with more than " + MAX_SIGNATURES + " signatures");
    }
  }

  /** Parses a note as received, e.g. from {@code GET /audit/checkpoint}; strict UTF-8. */
  public static SignedNote parse(byte[] bytes) {
    try {
      String message =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return parse(message);
    } catch (CharacterCodingException e) {
      throw new MalformedNoteException("a signed note is UTF-8", e);
    }
  }

  public static SignedNote parse(String message) {
    Objects.requireNonNull(message, "message");
    requireNoControlCharacters(message);
    if (!message.endsWith("\n")) {
      throw new MalformedNoteException("a signed note ends with a newline");
    }
    // The text may hold blank lines itself: the signatures start after the last one.
    int blank = message.lastIndexOf("\n\n");
    if (blank < 0) {
      throw new MalformedNoteException("a signed note has a blank line before its signatures");
    }
    String text = message.substring(0, blank + 1);
    String signatureBlock = message.substring(blank + 2);
    if (signatureBlock.isEmpty()) {
      throw new MalformedNoteException("a signed note has at least one signature");
    }
    List<NoteSignature> signatures = new ArrayList<>();
    for (String line : signatureBlock.substring(0, signatureBlock.length() - 1).split("\n", -1)) {
      if (signatures.size() == MAX_SIGNATURES) {
        throw new MalformedNoteException("a note with more than " + MAX_SIGNATURES + " signatures");
      }
      signatures.add(NoteSignature.parseLine(line));
    }
    return new SignedNote(text, signatures);
  }

  static void requireValidText(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty() || !text.endsWith("\n")) {
      throw new MalformedNoteException("a note text ends with a newline");
    }
    requireNoControlCharacters(text);
    if (text.chars().anyMatch(c -> Character.isSurrogate((char) c))
        && !StandardCharsets.UTF_8.newEncoder().canEncode(text)) {
      throw new MalformedNoteException("a note text is valid Unicode");
    }
  }

  private static void requireNoControlCharacters(String message) {
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c < 0x20 && c != '\n') {
        throw new MalformedNoteException(
            "a signed note holds no control character but newline; found U+"
                + String.format("%04X", (int) c)
                + " at "
                + i);
      }
    }
  }

  /** The signed text, final newline included. */
  public String text() {
    return text;
  }

  public List<NoteSignature> signatures() {
    return signatures;
  }

  /** The note as sent: text, blank line, signature lines. */
  public String format() {
    StringBuilder note = new StringBuilder(text).append('\n');
    signatures.forEach(signature -> note.append(signature.line()));
    return note.toString();
  }

  public SignedNote withSignature(NoteSignature signature) {
    List<NoteSignature> more = new ArrayList<>(signatures);
    more.add(signature);
    return new SignedNote(text, more);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SignedNote that
        && text.equals(that.text)
        && signatures.equals(that.signatures);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, signatures);
  }

  @Override
  public String toString() {
    return format();
  }
}
