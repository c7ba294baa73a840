package se.knutpunkt.domain.casefile;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The parts of a case; the unit of an invitation's scope. */
public enum CaseSection {
  OVERVIEW("overview"),
  PERSONS("persons"),
  DOCUMENTS("documents"),
  EVENTS("events"),
  NOTES("notes"),
  TASKS("tasks"),
  ATTACHMENTS("attachments"),
  DECISIONS("decisions");

  private final String code;

  CaseSection(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  private static final Map<String, CaseSection> BY_CODE =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(CaseSection::code, s -> s));

  public static Optional<CaseSection> fromCode(String code) {
    return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
  }

  public static Set<CaseSection> all() {
    return EnumSet.allOf(CaseSection.class);
  }

  public static String codes() {
    return Arrays.stream(values()).map(CaseSection::code).collect(Collectors.joining(", "));
  }
}
