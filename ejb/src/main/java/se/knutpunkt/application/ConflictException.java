package se.knutpunkt.application;

import jakarta.ejb.ApplicationException;
import java.util.Locale;

/** The request contradicts the current state, such as adding someone who is already a member. */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final transient ServiceMessage why;

  public ConflictException(String key, Object... arguments) {
    this(new ServiceMessage(key, arguments));
  }

  private ConflictException(ServiceMessage why) {
    super(why.inEnglish());
    this.why = why;
  }

  /** Why, in the reader's language. */
  public String message(Locale locale) {
    return why == null ? getMessage() : why.in(locale);
  }
}
