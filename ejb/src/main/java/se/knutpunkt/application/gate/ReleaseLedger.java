package se.knutpunkt.application.gate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.marking.ClassificationLevel;
import se.knutpunkt.security.policy.Reason;

/**
 * What one pass through the gate released and withheld, written as the details of one audit entry
 * (docs/audit-log.md, "Reads"): {@code released} lists {@code path@version:LEVEL}, {@code withheld}
 * lists {@code path@version:LEVEL:REASON}, separated by spaces, in the order shown.
 *
 * <p>A leaf holds at most 64 KiB, so a very large read is recorded as several entries, numbered
 * {@code part} "1/3", "2/3" ...; each still names only what it lists.
 */
final class ReleaseLedger {

  /** Bytes of listed values per entry, leaving room in the leaf for the rest of the entry. */
  static final int MAX_LISTED_BYTES = 40_000;

  private final List<String> released = new ArrayList<>();
  private final List<String> withheld = new ArrayList<>();

  void released(String prefix, FieldPath path, long version, ClassificationLevel level) {
    released.add(prefix + path.value() + "@" + version + ":" + level.name());
  }

  void withheld(
      String prefix, FieldPath path, long version, ClassificationLevel level, Reason reason) {
    withheld.add(prefix + path.value() + "@" + version + ":" + level.name() + ":" + reason.name());
  }

  int releasedCount() {
    return released.size();
  }

  int withheldCount() {
    return withheld.size();
  }

  /** The details of each entry to record: one, unless the lists are too long for one leaf. */
  List<Map<String, String>> entries(Map<String, String> common) {
    List<Map<String, String>> parts = new ArrayList<>();
    Part part = new Part();
    for (String item : released) {
      if (!part.fits(item)) {
        parts.add(part.details(common));
        part = new Part();
      }
      part.released.add(item);
      part.bytes += size(item);
    }
    for (String item : withheld) {
      if (!part.fits(item)) {
        parts.add(part.details(common));
        part = new Part();
      }
      part.withheld.add(item);
      part.bytes += size(item);
    }
    parts.add(part.details(common));
    if (parts.size() > 1) {
      for (int i = 0; i < parts.size(); i++) {
        parts.get(i).put("part", (i + 1) + "/" + parts.size());
      }
    }
    return parts;
  }

  /** An item's bytes in the leaf and its separator: items are ASCII (ids, paths, level names). */
  private static int size(String item) {
    return item.length() + 1;
  }

  private static final class Part {
    final List<String> released = new ArrayList<>();
    final List<String> withheld = new ArrayList<>();
    int bytes;

    boolean fits(String item) {
      return bytes == 0 || bytes + size(item) <= MAX_LISTED_BYTES;
    }

    Map<String, String> details(Map<String, String> common) {
      Map<String, String> details = new LinkedHashMap<>(common);
      details.put("released.count", Integer.toString(released.size()));
      details.put("withheld.count", Integer.toString(withheld.size()));
      if (!released.isEmpty()) {
        details.put("released", String.join(" ", released));
      }
      if (!withheld.isEmpty()) {
        details.put("withheld", String.join(" ", withheld));
      }
      return details;
    }
  }
}
