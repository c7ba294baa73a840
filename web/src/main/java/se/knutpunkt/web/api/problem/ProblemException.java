package se.knutpunkt.web.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** Ends a request with a problem; thrown by the API's own input checks. */
public class ProblemException extends WebApplicationException {

  private static final long serialVersionUID = 1L;

  public ProblemException(Problem problem) {
    super(
        problem.detail(),
        Response.status(problem.status())
            .type(Problem.MEDIA_TYPE)
            .entity(problem.toJson().toString())
            .build());
  }

  public static ProblemException badRequest(String field, String detail) {
    return new ProblemException(
        Problem.of(400, "invalid-input", "Invalid input", detail).with("field", field));
  }
}
