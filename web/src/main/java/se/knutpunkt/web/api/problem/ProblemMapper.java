package se.knutpunkt.web.api.problem;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.knutpunkt.application.AccessDeniedException;
import se.knutpunkt.application.CaseNotFoundException;
import se.knutpunkt.application.ConflictException;
import se.knutpunkt.application.InvalidInputException;
import se.knutpunkt.application.NotFoundException;
import se.knutpunkt.application.StaleVersionException;
import se.knutpunkt.application.TooManyRequestsException;
import se.knutpunkt.application.audit.RequestOrigin;
import se.knutpunkt.application.identity.UnknownAgencyException;
import se.knutpunkt.security.identity.UnusableIdentityException;

/**
 * Turns every failure of the API into an RFC 9457 problem. Unexpected ones become a 500 that names
 * the request id; their details go to the server log, never to the client.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Inject RequestOrigin origin;

  @Override
  public Response toResponse(Throwable thrown) {
    Problem problem = problemFor(unwrap(thrown)).with("requestId", origin.requestId());
    return Response.status(problem.status())
        .type(Problem.MEDIA_TYPE)
        .entity(problem.toJson().toString())
        .build();
  }

  private Problem problemFor(Throwable thrown) {
    if (thrown instanceof ProblemException problem) {
      return fromResponse(problem.getResponse(), problem.getMessage());
    }
    if (thrown instanceof AccessDeniedException denied) {
      return Problem.of(403, "forbidden", "Not allowed", capitalised(denied.getMessage()) + ".")
          .with("reason", denied.decision().reason().name());
    }
    if (thrown instanceof CaseNotFoundException) {
      return Problem.of(404, "not-found", "Not found", "There is no such case.");
    }
    if (thrown instanceof NotFoundException notFound) {
      return Problem.of(404, "not-found", "Not found", capitalised(notFound.getMessage()) + ".");
    }
    if (thrown instanceof InvalidInputException invalid) {
      return Problem.of(
              400, "invalid-input", "Invalid input", capitalised(invalid.getMessage()) + ".")
          .with("field", invalid.field());
    }
    if (thrown instanceof StaleVersionException stale) {
      Problem problem =
          Problem.of(
                  409,
                  "stale-version",
                  "Changed by someone else",
                  "The field is at version "
                      + stale.currentVersion()
                      + "; read it again and write on top of that version.")
              .with("currentVersion", stale.currentVersion());
      stale.currentValue().ifPresent(value -> problem.with("currentValue", value));
      return problem;
    }
    if (thrown instanceof TooManyRequestsException tooMany) {
      return Problem.of(
              429,
              "too-many-requests",
              "Too many requests",
              capitalised(tooMany.getMessage()) + ".")
          .with("retryAfter", tooMany.retryAfterSeconds());
    }
    if (thrown instanceof ConflictException conflict) {
      return Problem.of(409, "conflict", "Conflict", capitalised(conflict.getMessage()) + ".");
    }
    if (thrown instanceof UnknownAgencyException | thrown instanceof UnusableIdentityException) {
      return Problem.of(
          403,
          "unusable-identity",
          "Identity not usable here",
          capitalised(thrown.getMessage()) + ".");
    }
    if (thrown instanceof WebApplicationException web) {
      return fromResponse(web.getResponse(), null);
    }
    LOG.log(Level.SEVERE, "Request " + origin.requestId() + " failed", thrown);
    return Problem.of(
        500,
        "internal-error",
        "Internal error",
        "Something went wrong on our side. Quote request id "
            + origin.requestId()
            + " to support.");
  }

  /** Keeps the status of a JAX-RS error (404 unknown path, 405, 415 ...) in problem form. */
  private static Problem fromResponse(Response response, String detail) {
    int status = response.getStatus();
    if (response.getEntity() instanceof String body && body.startsWith("{")) {
      return PassThrough.of(status, body);
    }
    Response.StatusType info = response.getStatusInfo();
    String reason = info.getReasonPhrase() == null ? "Error" : info.getReasonPhrase();
    return Problem.of(
        status,
        reason.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'),
        reason,
        detail != null && !detail.isBlank() && !detail.startsWith("HTTP ")
            ? detail
            : switch (status) {
              case 404 -> "There is no such resource.";
              case 405 -> "This resource does not take that method.";
              case 406 -> "This resource answers in JSON only.";
              case 415 -> "Send the body as application/json.";
              default -> reason + ".";
            });
  }

  private static Throwable unwrap(Throwable thrown) {
    Throwable current = thrown;
    while (current instanceof EJBException && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
