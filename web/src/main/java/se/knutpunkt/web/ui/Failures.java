package se.knutpunkt.web.ui;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.knutpunkt.application.AccessDeniedException;
import se.knutpunkt.application.CaseNotFoundException;
import se.knutpunkt.application.ConflictException;
import se.knutpunkt.application.InvalidInputException;
import se.knutpunkt.application.NotFoundException;
import se.knutpunkt.application.audit.RequestOrigin;

/**
 * Shows a failed action as a message on the page, in the reader's language, never as a trace.
 * Unexpected failures are logged with the request id the message quotes.
 */
@RequestScoped
public class Failures {

  private static final Logger LOG = Logger.getLogger(Failures.class.getName());

  @Inject Texts texts;
  @Inject RequestOrigin origin;

  public void show(RuntimeException thrown) {
    Throwable cause = thrown;
    while (cause instanceof EJBException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof AccessDeniedException denied) {
      String key = "reason." + denied.decision().reason().name();
      texts.error("error.denied", texts.get(key));
    } else if (cause instanceof CaseNotFoundException) {
      texts.error("error.notFound");
    } else if (cause instanceof NotFoundException) {
      texts.error("error.gone");
    } else if (cause instanceof InvalidInputException invalid) {
      texts.errorText(invalid.message(texts.locale()));
    } else if (cause instanceof ConflictException conflict) {
      texts.errorText(conflict.message(texts.locale()));
    } else {
      LOG.log(Level.SEVERE, "Request " + origin.requestId() + " failed", thrown);
      texts.error("error.unexpected", origin.requestId());
    }
  }
}
