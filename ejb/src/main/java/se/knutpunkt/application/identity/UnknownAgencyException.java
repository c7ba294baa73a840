package se.knutpunkt.application.identity;

import jakarta.ejb.ApplicationException;

/** A signed-in person whose agency Knutpunkt does not know: they cannot work here. */
@ApplicationException(rollback = true)
public class UnknownAgencyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnknownAgencyException(String agency) {
    super("the agency " + agency + " does not take part in Knutpunkt");
  }
}
