package se.knutpunkt.application;

import jakarta.ejb.ApplicationException;

/** Input that breaks a rule of the domain; names the field at fault. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final String field;

  public InvalidInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
