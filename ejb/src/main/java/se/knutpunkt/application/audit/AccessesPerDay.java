package se.knutpunkt.application.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How many entries a search finds per Swedish day and actor agency, for the auditor's chart: one
 * count per day of {@code days} for each agency in {@code perAgency} (agencies in name order).
 */
public record AccessesPerDay(List<LocalDate> days, SortedMap<String, List<Long>> perAgency) {

  public AccessesPerDay {
    days = List.copyOf(days);
    SortedMap<String, List<Long>> copy = new TreeMap<>();
    for (Map.Entry<String, List<Long>> e : perAgency.entrySet()) {
      if (e.getValue().size() != days.size()) {
        throw new IllegalArgumentException("one count per day for " + e.getKey());
      }
      copy.put(e.getKey(), List.copyOf(e.getValue()));
    }
    perAgency = java.util.Collections.unmodifiableSortedMap(copy);
  }

  /** How many entries in all on {@code day}. */
  public long total(int day) {
    return perAgency.values().stream().mapToLong(counts -> counts.get(day)).sum();
  }
}
