package se.knutpunkt.domain.casefile.schema;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One named value of an item (a person's name, a task's due date), or of the overview: its type,
 * whether an item must always have it, and for a choice the codes to choose from.
 */
public record Attribute(String name, ValueType type, boolean required, List<String> choices) {

  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z]{0,31}");

  public Attribute {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    choices = List.copyOf(choices);
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not an attribute name: " + name);
    }
    if ((type == ValueType.CHOICE) == choices.isEmpty()) {
      throw new IllegalArgumentException("a choice, and only a choice, has choices: " + name);
    }
  }

  public static Attribute required(String name, ValueType type) {
    return new Attribute(name, type, true, List.of());
  }

  public static Attribute optional(String name, ValueType type) {
    return new Attribute(name, type, false, List.of());
  }

  public static Attribute requiredChoice(String name, Class<? extends Enum<?>> codes) {
    return new Attribute(name, ValueType.CHOICE, true, codesOf(codes));
  }

  public static Attribute optionalChoice(String name, Class<? extends Enum<?>> codes) {
    return new Attribute(name, ValueType.CHOICE, false, codesOf(codes));
  }

  private static List<String> codesOf(Class<? extends Enum<?>> codes) {
    return java.util.Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList();
  }
}
