package se.knutpunkt.application;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A message of the services to a person, by key and arguments, in the reader's language: English
 * for the API's problem details, Swedish or English on the pages. The texts live in the bundle
 * {@code se/knutpunkt/application/i18n/service} (English is the root, Swedish in {@code _sv}).
 */
public record ServiceMessage(String key, Object... arguments) {

  private static final String BUNDLE = "se.knutpunkt.application.i18n.service";

  public ServiceMessage {
    Objects.requireNonNull(key);
    arguments = arguments.clone();
  }

  public String in(Locale locale) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments));
    }
    return new MessageFormat(pattern, locale).format(arguments);
  }

  public String inEnglish() {
    return in(Locale.ROOT);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ServiceMessage that
        && key.equals(that.key)
        && Arrays.equals(arguments, that.arguments);
  }

  @Override
  public int hashCode() {
    return 31 * key.hashCode() + Arrays.hashCode(arguments);
  }

  @Override
  public String toString() {
    return inEnglish();
  }
}
