package se.knutpunkt.security.auditlog.leaf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Further facts about an entry, as text keys and values, e.g. {@code old → hmac-sha256:…}. Never
 * secret values: for a change, the {@link ValueHasher keyed hashes} of the old and new value.
 *
 * <p>Ordered by the UTF-8 bytes of the keys — the order the canonical encoding uses, which is not
 * Java's {@code String} order for characters beyond U+FFFF — so one set of details has one encoding
 * whatever order it was put together in.
 */
public final class AuditDetails {

  static final Comparator<String> UTF8_ORDER =
      (a, b) ->
          Arrays.compareUnsigned(
              a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

  public static final AuditDetails NONE = new AuditDetails(new TreeMap<>(UTF8_ORDER));

  private final SortedMap<String, String> entries;

  private AuditDetails(SortedMap<String, String> entries) {
    this.entries = entries;
  }

  public static AuditDetails of(Map<String, String> details) {
    SortedMap<String, String> sorted = new TreeMap<>(UTF8_ORDER);
    details.forEach(
        (key, value) -> sorted.put(Text.required(key, "detail key"), Text.wellFormed(value, key)));
    return new AuditDetails(sorted);
  }

  public static AuditDetails of(String key, String value) {
    return NONE.with(key, value);
  }

  public AuditDetails with(String key, String value) {
    SortedMap<String, String> more = new TreeMap<>(entries);
    more.put(Text.required(key, "detail key"), Text.wellFormed(value, key));
    return new AuditDetails(more);
  }

  /** The details in canonical (UTF-8 byte) order of their keys; unmodifiable. */
  public SortedMap<String, String> asMap() {
    return Collections.unmodifiableSortedMap(entries);
  }

  public int size() {
    return entries.size();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AuditDetails that && entries.equals(that.entries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(entries);
  }

  @Override
  public String toString() {
    return entries.toString();
  }
}
