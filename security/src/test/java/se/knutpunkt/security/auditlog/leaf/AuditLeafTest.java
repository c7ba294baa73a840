package se.knutpunkt.security.auditlog.leaf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.knutpunkt.security.auditlog.merkle.LeafIndex;

/**
 * The canonical leaf bytes: one encoding per entry, decoded by the auditor's verifier and the API.
 */
class AuditLeafTest {

  private static final Instant AT = Instant.parse("2026-11-23T10:15:30.123Z");

  static AuditLeaf fieldWrite() {
    AuditEvent event =
        new AuditEvent(
            AT,
            Actor.of("anna.pmy", "PMY"),
            AuditAction.of("field.write"),
            AuditOutcome.PERMIT,
            "MEMBER_MAY_WRITE",
            AuditResource.ofCase("c0ffee00-0000-4000-8000-000000000001", "PMY")
                .withField("persons", "persons.p1.name"),
            Optional.of("req-42"),
            Optional.of("127.0.0.1"),
            AuditDetails.of("old", "hmac-sha256:AAAA").with("new", "hmac-sha256:BBBB"));
    return event.atIndex(LeafIndex.of(42));
  }

  static AuditLeaf minimal() {
    return new AuditEvent(
            Instant.ofEpochMilli(1),
            Actor.of("a", "B"),
            AuditAction.of("c"),
            AuditOutcome.DENY,
            "d",
            AuditResource.NONE,
            Optional.empty(),
            Optional.empty(),
            AuditDetails.NONE)
        .atIndex(LeafIndex.of(7));
  }

  @Test
  void aMinimalLeafIsExactlyTheDocumentedBytes() {
    String expected =
        "01" // version
            + "0000000000000007" // index
            + "0000000000000001" // time, ms
            + "00000001"
            + "61" // username "a"
            + "00000001"
            + "42" // agency "B"
            + "00000001"
            + "63" // action "c"
            + "02" // DENY
            + "00000001"
            + "64" // reason "d"
            + "00"
            + "00"
            + "00"
            + "00"
            + "00" // case, owner, section, field path, attachment
            + "00"
            + "00" // request id, client address
            + "00000000"; // no details
    assertThat(HexFormat.of().formatHex(minimal().encode())).isEqualTo(expected);
  }

  @Test
  void aFullLeafMatchesTheRecordedGoldenBytesAndDecodesToItself() throws IOException {
    byte[] encoded = fieldWrite().encode();
    try (InputStream in = getClass().getResourceAsStream("/auditlog/leaf-v1-field-write.hex")) {
      String golden = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
      assertThat(HexFormat.of().formatHex(encoded)).isEqualTo(golden);
    }
    assertThat(AuditLeaf.decode(encoded)).isEqualTo(fieldWrite());
    assertThat(AuditLeaf.claimedIndex(encoded)).isEqualTo(42);
    assertThat(AuditLeaf.decode(minimal().encode())).isEqualTo(minimal());
  }

  @Test
  void placingALeafAtAnotherIndexEqualsEncodingItThere() {
    for (AuditLeaf leaf : new AuditLeaf[] {fieldWrite(), minimal()}) {
      for (long index : new long[] {0, 1, 255, 256, 1L << 40, Long.MAX_VALUE}) {
        byte[] placed = AuditLeaf.placedAt(leaf.encode(), LeafIndex.of(index));
        assertThat(placed).isEqualTo(leaf.event().atIndex(LeafIndex.of(index)).encode());
        assertThat(AuditLeaf.decode(placed).index()).isEqualTo(LeafIndex.of(index));
      }
    }
    byte[] original = minimal().encode();
    byte[] copy = original.clone();
    AuditLeaf.placedAt(original, LeafIndex.of(3));
    assertThat(original).as("the given bytes stay as they were").isEqualTo(copy);
    assertThatThrownBy(() -> AuditLeaf.placedAt(new byte[5], LeafIndex.of(0)))
        .isInstanceOf(MalformedLeafException.class);
  }

  @Test
  void detailsEncodeInUtf8ByteOrderWhateverOrderTheyWereGivenIn() {
    // U+FFFF sorts after U+1F600 as Java strings (a surrogate is below U+FFFF) but before it as
    // UTF-8.
    Map<String, String> givenOneWay = new LinkedHashMap<>();
    givenOneWay.put("\uD83D\uDE00", "smile");
    givenOneWay.put("\uFFFF", "last BMP");
    givenOneWay.put("a", "first");
    Map<String, String> givenOtherWay = new LinkedHashMap<>();
    givenOtherWay.put("\uFFFF", "last BMP");
    givenOtherWay.put("a", "first");
    givenOtherWay.put("\uD83D\uDE00", "smile");

    byte[] one = withDetails(AuditDetails.of(givenOneWay)).encode();
    byte[] other = withDetails(AuditDetails.of(givenOtherWay)).encode();
    assertThat(one).isEqualTo(other);
    assertThat(AuditLeaf.decode(one).event().details().asMap().keySet())
        .containsExactly("a", "\uFFFF", "\uD83D\uDE00");
  }

  @Test
  void everyTruncationAndEveryTrailingByteIsRefused() {
    byte[] encoded = fieldWrite().encode();
    for (int length = 0; length < encoded.length; length++) {
      byte[] prefix = Arrays.copyOf(encoded, length);
      assertThatThrownBy(() -> AuditLeaf.decode(prefix))
          .as("first %d bytes", length)
          .isInstanceOf(MalformedLeafException.class);
      assertThatThrownBy(() -> AuditLeaf.checkCanonical(prefix))
          .as("check of the first %d bytes", length)
          .isInstanceOf(MalformedLeafException.class);
    }
    assertThat(AuditLeaf.checkCanonical(encoded)).isEqualTo(42);
    byte[] longer = Arrays.copyOf(encoded, encoded.length + 1);
    assertThatThrownBy(() -> AuditLeaf.decode(longer))
        .isInstanceOf(MalformedLeafException.class)
        .hasMessageContaining("after the end");
  }

  /** Canonical: a changed byte either makes the leaf undecodable or makes it another leaf. */
  @Test
  void anySingleChangedByteFailsOrDecodesToALeafWhoseEncodingIsExactlyThoseBytes() {
    byte[] encoded = fieldWrite().encode();
    int decodedDifferently = 0;
    for (int i = 0; i < encoded.length; i++) {
      for (int bit = 0; bit < 8; bit++) {
        byte[] changed = encoded.clone();
        changed[i] ^= (byte) (1 << bit);
        AuditLeaf leaf;
        try {
          leaf = AuditLeaf.decode(changed);
        } catch (MalformedLeafException refused) {
          assertThatThrownBy(() -> AuditLeaf.checkCanonical(changed))
              .as("the check refuses what decode refuses: byte %d bit %d", i, bit)
              .isInstanceOf(MalformedLeafException.class);
          continue;
        }
        assertThat(AuditLeaf.checkCanonical(changed)).isEqualTo(leaf.index().value());
        assertThat(leaf.encode()).as("byte %d bit %d", i, bit).isEqualTo(changed);
        assertThat(leaf).isNotEqualTo(fieldWrite());
        decodedDifferently++;
      }
    }
    assertThat(decodedDifferently).as("most flips inside texts still decode").isGreaterThan(100);
  }

  @Test
  void nonCanonicalOrBrokenLeavesAreRefusedSayingWhere() {
    byte[] minimal = minimal().encode();

    byte[] version2 = minimal.clone();
    version2[0] = 2;
    assertRefused(version2, "version 2");

    byte[] negativeIndex = minimal.clone();
    negativeIndex[1] = (byte) 0x80;
    assertRefused(negativeIndex, "never negative");

    byte[] badOutcome = minimal.clone();
    badOutcome[32] = 3;
    assertRefused(badOutcome, "outcome");

    byte[] badMarker = minimal.clone();
    badMarker[38] = 2;
    assertRefused(badMarker, "case id");

    byte[] overlongSlash = minimal.clone();
    // Replace username "a" (length 1) with the overlong two-byte form of '/': C0 AF.
    byte[] overlong =
        concat(
            Arrays.copyOf(minimal, 17),
            new byte[] {0, 0, 0, 2, (byte) 0xC0, (byte) 0xAF},
            Arrays.copyOfRange(minimal, 22, minimal.length));
    assertRefused(overlong, "UTF-8");
    assertThat(overlongSlash).isEqualTo(minimal);

    byte[] emptyReason =
        concat(
            Arrays.copyOf(minimal, 33),
            new byte[] {0, 0, 0, 0},
            Arrays.copyOfRange(minimal, 38, minimal.length));
    assertRefused(emptyReason, "reason is never empty");
  }

  @Test
  void detailKeysOutOfOrderOrRepeatedAreRefused() {
    byte[] noDetails = minimal().encode();
    byte[] head = Arrays.copyOf(noDetails, noDetails.length - 4);
    byte[] twoInOrder = concat(head, u32(2), text("a"), text("1"), text("b"), text("2"));
    assertThat(AuditLeaf.decode(twoInOrder).event().details().asMap())
        .containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
    assertRefused(concat(head, u32(2), text("b"), text("2"), text("a"), text("1")), "ascending");
    assertRefused(concat(head, u32(2), text("a"), text("1"), text("a"), text("2")), "ascending");
    assertRefused(concat(head, u32(1), text(""), text("1")), "detail key");
  }

  @Test
  void anOversizedLeafIsNotEncoded() {
    String big = "x".repeat(AuditLeaf.MAX_BYTES);
    assertThatThrownBy(() -> withDetails(AuditDetails.of("note", big)).encode())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most");
  }

  @Test
  void valueHashesHideTheValueAndDependOnSecretFieldAndValue() {
    byte[] secret = new byte[32];
    Arrays.fill(secret, (byte) 1);
    ValueHasher hasher = new ValueHasher(secret);
    String hash = hasher.hash("persons.p1.pnr", "198112189876");
    assertThat(hash).startsWith("hmac-sha256:").doesNotContain("198112189876").hasSize(12 + 44);
    assertThat(hasher.hash("persons.p1.pnr", "198112189876")).isEqualTo(hash);
    assertThat(hasher.hash("persons.p2.pnr", "198112189876")).isNotEqualTo(hash);
    assertThat(hasher.hash("persons.p1.pnr", "198112189877")).isNotEqualTo(hash);
    secret[0] = 2;
    assertThat(new ValueHasher(secret).hash("persons.p1.pnr", "198112189876")).isNotEqualTo(hash);
    assertThatThrownBy(() -> new ValueHasher(new byte[16]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static AuditLeaf withDetails(AuditDetails details) {
    AuditEvent e = minimal().event();
    return new AuditEvent(
            e.at(),
            e.actor(),
            e.action(),
            e.outcome(),
            e.reason(),
            e.resource(),
            e.requestId(),
            e.clientAddress(),
            details)
        .atIndex(minimal().index());
  }

  private static void assertRefused(byte[] bytes, String why) {
    assertThatThrownBy(() -> AuditLeaf.decode(bytes))
        .isInstanceOf(MalformedLeafException.class)
        .hasMessageContaining(why);
    assertThatThrownBy(() -> AuditLeaf.checkCanonical(bytes))
        .isInstanceOf(MalformedLeafException.class)
        .hasMessageContaining(why);
  }

  private static byte[] u32(int value) {
    return new byte[] {
      (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value
    };
  }

  private static byte[] text(String value) {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    return concat(u32(utf8.length), utf8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
