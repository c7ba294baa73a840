package se.knutpunkt.domain.agency;

import java.util.Objects;
import java.util.regex.Pattern;

/** The short code of a Swedish agency, as in seed 002 table 4: PMY, MIG, SKV, ÅM, SÄPO ... */
public record AgencyCode(String value) implements Comparable<AgencyCode>, java.io.Serializable {

  private static final Pattern FORMAT = Pattern.compile("[A-ZÅÄÖ]{2,10}");

  /** The supervisory authority; its auditors review every agency's entries. */
  public static final AgencyCode IMY = new AgencyCode("IMY");

  /** The platform operators: they run Knutpunkt and see no case content. */
  public static final AgencyCode PLATFORM = new AgencyCode("PLATFORM");

  public AgencyCode {
    Objects.requireNonNull(value, "agency code");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("not an agency code: '" + value + "'");
    }
  }

  public static AgencyCode of(String value) {
    return new AgencyCode(value);
  }

  @Override
  public int compareTo(AgencyCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
