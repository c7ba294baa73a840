package se.knutpunkt.domain.marking;

import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.knutpunkt.domain.agency.AgencyCode;

/**
 * To which agencies a value may be released: every member agency whose scope covers the section
 * ("CASE"), or an explicit list. The owner agency always sees its own values.
 */
public sealed interface Releasability {

  String CASE_TOKEN = "CASE";

  /** Every member agency whose scope covers the value's section. */
  Releasability CASE = new ToCase();

  boolean releasesTo(AgencyCode agency);

  /** The stored form: "CASE" or the agency codes separated by commas, sorted. */
  String storedForm();

  static Releasability toAgencies(Set<AgencyCode> agencies) {
    return new ToAgencies(agencies);
  }

  static Releasability fromStoredForm(String stored) {
    if (CASE_TOKEN.equals(stored)) {
      return CASE;
    }
    return toAgencies(
        Arrays.stream(stored.split(",", -1)).map(AgencyCode::of).collect(Collectors.toSet()));
  }

  /** Released to every member agency whose scope covers the section. */
  final class ToCase implements Releasability {
    private ToCase() {}

    @Override
    public boolean releasesTo(AgencyCode agency) {
      return true;
    }

    @Override
    public String storedForm() {
      return CASE_TOKEN;
    }

    @Override
    public String toString() {
      return CASE_TOKEN;
    }
  }

  /** Released to the listed agencies only. */
  record ToAgencies(Set<AgencyCode> agencies) implements Releasability {

    /** At least one agency; kept as an unmodifiable sorted copy. */
    public ToAgencies {
      Objects.requireNonNull(agencies, "agencies");
      if (agencies.isEmpty()) {
        throw new IllegalArgumentException("an explicit releasability names at least one agency");
      }
      agencies = Collections.unmodifiableSortedSet(new TreeSet<>(agencies));
    }

    @Override
    public boolean releasesTo(AgencyCode agency) {
      return agencies.contains(agency);
    }

    @Override
    public String storedForm() {
      return agencies.stream().map(AgencyCode::value).collect(Collectors.joining(","));
    }
  }
}
