package se.knutpunkt.security.auditlog.leaf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.knutpunkt.security.auditlog.merkle.LeafIndex;

/**
 * Version 1 of the canonical leaf encoding: big-endian, length-prefixed, fields in a fixed order.
 *
 * <pre>
 * leaf     = version=0x01  index:u64  time:i64 (ms since 1970 UTC)
 *            username  agency  action  outcome:u8 (0x01 PERMIT, 0x02 DENY)  reason
 *            opt(case id)  opt(owner agency)  opt(section)  opt(field path)  opt(attachment id)
 *            opt(request id)  opt(client address)
 *            count:u32  (key value){count}      keys strictly ascending by UTF-8 bytes
 * text     = length:u32  UTF-8 bytes            (well-formed UTF-8; required texts non-empty)
 * opt(x)   = 0x00  |  0x01 text                 (a present text is non-empty)
 * </pre>
 */
final class AuditLeafCodec {

  static final byte VERSION_1 = 0x01;
  static final int MAX_BYTES = 64 * 1024;

  private static final byte ABSENT = 0x00;
  private static final byte PRESENT = 0x01;

  private AuditLeafCodec() {}

  static byte[] encode(AuditLeaf leaf) {
    AuditEvent e = leaf.event();
    Writer out = new Writer();
    out.u8(VERSION_1);
    out.u64(leaf.index().value());
    out.u64(e.at().toEpochMilli());
    out.text(e.actor().username());
    out.text(e.actor().agency());
    out.text(e.action().name());
    out.u8(e.outcome().code());
    out.text(e.reason());
    AuditResource r = e.resource();
    out.optional(r.caseId());
    out.optional(r.ownerAgency());
    out.optional(r.section());
    out.optional(r.fieldPath());
    out.optional(r.attachmentId());
    out.optional(e.requestId());
    out.optional(e.clientAddress());
    Map<String, String> details = e.details().asMap();
    out.u32(details.size());
    details.forEach(
        (key, value) -> {
          out.text(key);
          out.text(value);
        });
    byte[] bytes = out.bytes();
    if (bytes.length > MAX_BYTES) {
      throw new IllegalArgumentException(
          "an audit leaf is at most " + MAX_BYTES + " bytes; this one would be " + bytes.length);
    }
    return bytes;
  }

  static byte[] placedAt(byte[] bytes, long index) {
    claimedIndex(bytes); // version and room for the index
    byte[] placed = bytes.clone();
    ByteBuffer.wrap(placed, 1, 8).putLong(index);
    return placed;
  }

  static long claimedIndex(byte[] bytes) {
    if (bytes.length < 9) {
      throw new MalformedLeafException("a leaf has a version and an index", bytes.length);
    }
    if (bytes[0] != VERSION_1) {
      throw new MalformedLeafException("unknown leaf format version " + (bytes[0] & 0xff), 0);
    }
    long index = ByteBuffer.wrap(bytes, 1, 8).getLong();
    if (index < 0) {
      throw new MalformedLeafException("a leaf index is never negative", 1);
    }
    return index;
  }

  /**
   * Checks that {@code bytes} is a canonical leaf — exactly what {@link #decode} accepts — without
   * building it: no allocation, so a verifier can afford it on every one of a million leaves.
   *
   * @return the index the leaf claims
   */
  static long checkCanonical(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw new MalformedLeafException("a leaf is at most " + MAX_BYTES + " bytes", MAX_BYTES);
    }
    long index = claimedIndex(bytes);
    int p = 9 + 8; // version, index, time
    p = skipText(bytes, p, true, "username");
    p = skipText(bytes, p, true, "agency");
    p = skipText(bytes, p, true, "action");
    need(bytes, p, 1, "the outcome");
    AuditOutcome.ofCode(bytes[p], p);
    p++;
    p = skipText(bytes, p, true, "reason");
    for (String field : OPTIONAL_FIELDS) {
      need(bytes, p, 1, field);
      byte marker = bytes[p];
      if (marker == PRESENT) {
        p = skipText(bytes, p + 1, true, field);
      } else if (marker == ABSENT) {
        p++;
      } else {
        throw new MalformedLeafException(field + " is marked 0x00 absent or 0x01 present", p);
      }
    }
    need(bytes, p, 4, "a length");
    long count = u32(bytes, p);
    p += 4;
    int previousKey = -1;
    for (long i = 0; i < count; i++) {
      int keyAt = p;
      p = skipText(bytes, p, false, "detail key");
      if (p - keyAt == 4) {
        throw new MalformedLeafException("a detail key is never empty", keyAt);
      }
      if (previousKey >= 0
          && java.util.Arrays.compareUnsigned(
                  bytes,
                  previousKey + 4,
                  previousKey + 4 + (int) u32(bytes, previousKey),
                  bytes,
                  keyAt + 4,
                  p)
              >= 0) {
        throw new MalformedLeafException("detail keys are in strictly ascending byte order", keyAt);
      }
      previousKey = keyAt;
      p = skipText(bytes, p, false, "detail value");
    }
    if (p != bytes.length) {
      throw new MalformedLeafException("bytes after the end of the leaf", p);
    }
    return index;
  }

  private static final String[] OPTIONAL_FIELDS = {
    "case id",
    "owner agency",
    "section",
    "field path",
    "attachment id",
    "request id",
    "client address"
  };

  private static void need(byte[] bytes, int position, int count, String what) {
    if (bytes.length - position < count) {
      throw new MalformedLeafException("the leaf ends inside " + what, position);
    }
  }

  private static long u32(byte[] bytes, int p) {
    return ((long) (bytes[p] & 0xff) << 24)
        | ((bytes[p + 1] & 0xff) << 16)
        | ((bytes[p + 2] & 0xff) << 8)
        | (bytes[p + 3] & 0xff);
  }

  /**
   * Skips a length-prefixed text after checking it is well-formed UTF-8; returns the next offset.
   */
  private static int skipText(byte[] bytes, int p, boolean required, String field) {
    need(bytes, p, 4, "a length");
    long length = u32(bytes, p);
    int start = p + 4;
    if (length > bytes.length - start) {
      throw new MalformedLeafException(field + " is longer than the rest of the leaf", p);
    }
    if (required && length == 0) {
      throw new MalformedLeafException(field + " is never empty", p);
    }
    int end = start + (int) length;
    if (!Utf8.isWellFormed(bytes, start, end)) {
      throw new MalformedLeafException("text that is not UTF-8", p);
    }
    return end;
  }

  static AuditLeaf decode(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw new MalformedLeafException("a leaf is at most " + MAX_BYTES + " bytes", MAX_BYTES);
    }
    long index = claimedIndex(bytes);
    Reader in = new Reader(bytes, 9);
    Instant at = Instant.ofEpochMilli(in.u64());
    Actor actor = new Actor(in.requiredText("username"), in.requiredText("agency"));
    AuditAction action = new AuditAction(in.requiredText("action"));
    int outcomeAt = in.position;
    AuditOutcome outcome = AuditOutcome.ofCode(in.u8(), outcomeAt);
    String reason = in.requiredText("reason");
    AuditResource resource =
        new AuditResource(
            in.optional("case id"),
            in.optional("owner agency"),
            in.optional("section"),
            in.optional("field path"),
            in.optional("attachment id"));
    Optional<String> requestId = in.optional("request id");
    Optional<String> clientAddress = in.optional("client address");
    long count = in.u32();
    Map<String, String> details = new TreeMap<>(AuditDetails.UTF8_ORDER);
    byte[] previousKey = null;
    for (long i = 0; i < count; i++) {
      int keyAt = in.position;
      byte[] key = in.textBytes("detail key");
      if (key.length == 0) {
        throw new MalformedLeafException("a detail key is never empty", keyAt);
      }
      if (previousKey != null && java.util.Arrays.compareUnsigned(previousKey, key) >= 0) {
        throw new MalformedLeafException("detail keys are in strictly ascending byte order", keyAt);
      }
      previousKey = key;
      details.put(in.utf8(key, keyAt), in.text("detail value"));
    }
    if (in.position != bytes.length) {
      throw new MalformedLeafException("bytes after the end of the leaf", in.position);
    }
    return new AuditLeaf(
        LeafIndex.of(index),
        new AuditEvent(
            at,
            actor,
            action,
            outcome,
            reason,
            resource,
            requestId,
            clientAddress,
            AuditDetails.of(details)));
  }

  private static final class Writer {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(320);

    void u8(byte value) {
      out.write(value);
    }

    void u32(long value) {
      for (int shift = 24; shift >= 0; shift -= 8) {
        out.write((int) (value >>> shift));
      }
    }

    void u64(long value) {
      for (int shift = 56; shift >= 0; shift -= 8) {
        out.write((int) (value >>> shift));
      }
    }

    void text(String value) {
      byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
      u32(utf8.length);
      out.writeBytes(utf8);
    }

    void optional(Optional<String> value) {
      if (value.isPresent()) {
        u8(PRESENT);
        text(value.get());
      } else {
        u8(ABSENT);
      }
    }

    byte[] bytes() {
      return out.toByteArray();
    }
  }

  private static final class Reader {
    private final byte[] bytes;
    private final CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private int position;

    Reader(byte[] bytes, int position) {
      this.bytes = bytes;
      this.position = position;
    }

    private void need(int count, String what) {
      if (bytes.length - position < count) {
        throw new MalformedLeafException("the leaf ends inside " + what, position);
      }
    }

    byte u8() {
      need(1, "a byte field");
      return bytes[position++];
    }

    long u32() {
      need(4, "a length");
      long value = 0;
      for (int i = 0; i < 4; i++) {
        value = (value << 8) | (bytes[position++] & 0xff);
      }
      return value;
    }

    long u64() {
      need(8, "a number");
      long value = 0;
      for (int i = 0; i < 8; i++) {
        value = (value << 8) | (bytes[position++] & 0xff);
      }
      return value;
    }

    byte[] textBytes(String field) {
      int lengthAt = position;
      long length = u32();
      if (length > bytes.length - position) {
        throw new MalformedLeafException(field + " is longer than the rest of the leaf", lengthAt);
      }
      byte[] text = java.util.Arrays.copyOfRange(bytes, position, position + (int) length);
      position += (int) length;
      return text;
    }

    String utf8(byte[] text, int at) {
      try {
        return utf8.decode(ByteBuffer.wrap(text)).toString();
      } catch (CharacterCodingException e) {
        throw new MalformedLeafException("text that is not UTF-8", at);
      }
    }

    String text(String field) {
      int at = position;
      return utf8(textBytes(field), at);
    }

    String requiredText(String field) {
      int at = position;
      String value = text(field);
      if (value.isEmpty()) {
        throw new MalformedLeafException(field + " is never empty", at);
      }
      return value;
    }

    Optional<String> optional(String field) {
      int at = position;
      byte marker = u8();
      if (marker == ABSENT) {
        return Optional.empty();
      }
      if (marker != PRESENT) {
        throw new MalformedLeafException(field + " is marked 0x00 absent or 0x01 present", at);
      }
      return Optional.of(requiredText(field));
    }
  }
}
