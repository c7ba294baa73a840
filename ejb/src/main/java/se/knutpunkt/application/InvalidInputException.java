package se.knutpunkt.application;

import jakarta.ejb.ApplicationException;
import java.util.Locale;

/** Input that breaks a rule of the domain; names the field at fault and says why. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final String field;
  private final transient ServiceMessage why;

  public InvalidInputException(String field, ServiceMessage why) {
    super(why.inEnglish());
    this.field = field;
    this.why = why;
  }

  public InvalidInputException(String field, String key, Object... arguments) {
    this(field, new ServiceMessage(key, arguments));
  }

  public String field() {
    return field;
  }

  /** Why, in the reader's language. */
  public String message(Locale locale) {
    return why == null ? getMessage() : why.in(locale);
  }
}
