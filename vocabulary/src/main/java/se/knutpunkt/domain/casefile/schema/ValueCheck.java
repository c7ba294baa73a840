package se.knutpunkt.domain.casefile.schema;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.identifier.IdentifierValidation;
import se.knutpunkt.domain.identifier.NationalIdentifiers;
import se.knutpunkt.domain.text.PlainText;

/**
 * Checks the text of a value against its attribute's type and gives the form it is stored in: a
 * date as {@code YYYY-MM-DD}, an identifier normalised, a document number without spaces. A refusal
 * names a stable reason code (for messages) and a detail (for people).
 */
public final class ValueCheck {

  /**
   * The outcome: the stored form, or why the text is not a value of the attribute — a reason code,
   * a detail in English, and for messages in other languages the attribute's name, the offending
   * text (shortened) and the reason's own detail (the identifier rule broken, the choices).
   */
  public record Result(
      Optional<String> stored, Optional<String> reasonCode, String detail, List<String> arguments) {

    public Result {
      Objects.requireNonNull(stored);
      Objects.requireNonNull(reasonCode);
      Objects.requireNonNull(detail);
      arguments = List.copyOf(arguments);
    }

    static Result ok(String stored) {
      return new Result(Optional.of(stored), Optional.empty(), "", List.of());
    }

    public boolean accepted() {
      return stored.isPresent();
    }
  }

  public static final String EMPTY = "value.empty";
  public static final String TOO_LONG = "value.tooLong";
  public static final String NOT_STORABLE = "value.notStorable";
  public static final String ONE_LINE = "value.oneLine";
  public static final String NOT_A_CHOICE = "value.notAChoice";
  public static final String NOT_A_DATE = "value.notADate";
  public static final String NOT_A_BOOLEAN = "value.notABoolean";
  public static final String NOT_AN_AGENCY = "value.notAnAgency";
  public static final String NOT_A_USERNAME = "value.notAUsername";
  public static final String NOT_AN_IDENTIFIER = "value.notAnIdentifier";
  public static final String NOT_A_COUNTRY = "value.notACountry";
  public static final String NOT_A_DOCUMENT_NUMBER = "value.notADocumentNumber";

  private static final Set<String> COUNTRIES =
      Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[A-Z0-9]{1,30}");
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9._@-]{1,64}");

  private ValueCheck() {}

  /** Checks {@code text} as a value of {@code attribute}; {@code today} dates identifiers. */
  public static Result check(Attribute attribute, String text, LocalDate today) {
    Result result = checkText(attribute, text, today);
    if (result.accepted() || !result.arguments().isEmpty()) {
      return result;
    }
    String shown = text == null ? "" : abbreviated(text.strip());
    String extra =
        attribute.type() == ValueType.CHOICE
            ? String.join(", ", attribute.choices())
            : Integer.toString(maxLength(attribute.type()));
    return new Result(
        Optional.empty(),
        result.reasonCode(),
        result.detail(),
        List.of(attribute.name(), shown, extra));
  }

  private static int maxLength(ValueType type) {
    return type == ValueType.LONG_TEXT ? ValueType.LONG_TEXT_LENGTH : ValueType.SHORT_TEXT_LENGTH;
  }

  private static Result refused(String reasonCode, String detail) {
    return new Result(Optional.empty(), Optional.of(reasonCode), detail, List.of());
  }

  private static Result checkText(Attribute attribute, String text, LocalDate today) {
    if (text == null) {
      return refused(EMPTY, attribute.name() + " needs a value");
    }
    Optional<String> unstorable = PlainText.problemWith(text);
    if (unstorable.isPresent()) {
      return refused(NOT_STORABLE, attribute.name() + " " + unstorable.get());
    }
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return refused(EMPTY, attribute.name() + " needs a value");
    }
    return switch (attribute.type()) {
      case TEXT -> shortText(attribute, trimmed);
      case LONG_TEXT -> longText(attribute, text);
      case CHOICE -> choice(attribute, trimmed);
      case DATE -> date(trimmed);
      case BOOLEAN -> bool(trimmed);
      case AGENCY -> agency(trimmed);
      case MEMBER -> username(trimmed);
      case IDENTIFIER -> identifier(attribute, trimmed, today);
      case COUNTRY -> country(trimmed);
      case DOCUMENT_NUMBER -> documentNumber(trimmed);
    };
  }

  private static Result shortText(Attribute attribute, String text) {
    if (text.length() > ValueType.SHORT_TEXT_LENGTH) {
      return refused(
          TOO_LONG,
          attribute.name()
              + " is at most "
              + ValueType.SHORT_TEXT_LENGTH
              + " characters, got "
              + text.length());
    }
    if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      return refused(ONE_LINE, attribute.name() + " is one line of text");
    }
    return Result.ok(text);
  }

  private static Result longText(Attribute attribute, String text) {
    if (text.length() > ValueType.LONG_TEXT_LENGTH) {
      return refused(
          TOO_LONG,
          attribute.name()
              + " is at most "
              + ValueType.LONG_TEXT_LENGTH
              + " characters, got "
              + text.length());
    }
    return Result.ok(text);
  }

  private static Result choice(Attribute attribute, String text) {
    if (attribute.choices().contains(text)) {
      return Result.ok(text);
    }
    return refused(
        NOT_A_CHOICE,
        "'"
            + abbreviated(text)
            + "' is not a choice of "
            + attribute.name()
            + " ("
            + String.join(", ", attribute.choices())
            + ")");
  }

  private static Result date(String text) {
    if (DATE.matcher(text).matches()) {
      try {
        return Result.ok(LocalDate.parse(text).toString());
      } catch (DateTimeParseException e) {
        // falls through to the refusal: 2026-02-30 has the shape of a date but is none
      }
    }
    return refused(NOT_A_DATE, "'" + abbreviated(text) + "' is not a date in the form YYYY-MM-DD");
  }

  private static Result bool(String text) {
    if (text.equals("true") || text.equals("false")) {
      return Result.ok(text);
    }
    return refused(NOT_A_BOOLEAN, "'" + abbreviated(text) + "' is neither true nor false");
  }

  private static Result agency(String text) {
    try {
      return Result.ok(AgencyCode.of(text).value());
    } catch (IllegalArgumentException e) {
      return refused(NOT_AN_AGENCY, "'" + abbreviated(text) + "' is not an agency code");
    }
  }

  private static Result username(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (USERNAME.matcher(lower).matches()) {
      return Result.ok(lower);
    }
    return refused(NOT_A_USERNAME, "'" + abbreviated(text) + "' is not a username");
  }

  private static Result identifier(Attribute attribute, String text, LocalDate today) {
    IdentifierValidation validation = NationalIdentifiers.validate(text, today);
    if (validation.isValid()) {
      return Result.ok(validation.identifier().orElseThrow().normalized());
    }
    IdentifierValidation.Rejection rejection = validation.rejection().orElseThrow();
    return new Result(
        Optional.empty(),
        Optional.of(NOT_AN_IDENTIFIER),
        rejection.detail(),
        List.of(attribute.name(), abbreviated(text), rejection.code()));
  }

  private static Result country(String text) {
    String upper = text.toUpperCase(Locale.ROOT);
    if (COUNTRIES.contains(upper)) {
      return Result.ok(upper);
    }
    return refused(
        NOT_A_COUNTRY,
        "'" + abbreviated(text) + "' is not an ISO 3166-1 alpha-3 country code such as SWE");
  }

  private static Result documentNumber(String text) {
    String compact = text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (DOCUMENT_NUMBER.matcher(compact).matches()) {
      return Result.ok(compact);
    }
    return refused(
        NOT_A_DOCUMENT_NUMBER,
        "a document number is 1 to 30 letters A-Z and digits; got '" + abbreviated(text) + "'");
  }

  private static String abbreviated(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
