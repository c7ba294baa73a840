package se.knutpunkt.domain.casefile;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The kinds of case (ärendetyp). */
public enum CaseType {
  IDENTITETSMISSBRUK,
  TIPS,
  KONTROLLARENDE,
  ATERKALLELSE,
  GEMENSAM_INSATS;

  public static CaseType parse(String text) {
    for (CaseType type : values()) {
      if (type.name().equals(text)) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "not a case type: '"
            + text
            + "' ("
            + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))
            + ")");
  }
}
