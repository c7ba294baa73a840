package se.knutpunkt.web.api.problem;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.knutpunkt.application.audit.RequestOrigin;

/**
 * Under {@code /api/} every answer is JSON: errors the container would render as an HTML page (an
 * unknown path, a failure outside JAX-RS) become problem+json here, without a trace.
 */
public class ApiProblemBarrier extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ApiProblemBarrier.class.getName());

  @Inject RequestOrigin origin;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    ProblemInsteadOfErrorPage wrapped = new ProblemInsteadOfErrorPage(response);
    try {
      chain.doFilter(request, wrapped);
    } catch (IOException | ServletException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Request " + origin.requestId() + " failed", e);
      if (!response.isCommitted()) {
        response.reset();
        ProblemWriter.write(
            response,
            Problem.of(
                    500,
                    "internal-error",
                    "Internal error",
                    "Something went wrong on our side. Quote request id "
                        + origin.requestId()
                        + " to support.")
                .with("requestId", origin.requestId()));
      }
    }
  }

  private final class ProblemInsteadOfErrorPage extends HttpServletResponseWrapper {

    ProblemInsteadOfErrorPage(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void sendError(int status) throws IOException {
      sendError(status, null);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      Problem problem =
          switch (status) {
            case 404 -> Problem.of(404, "not-found", "Not found", "There is no such resource.");
            case 405 ->
                Problem.of(
                    405,
                    "method-not-allowed",
                    "Method not allowed",
                    "This resource does not take that method.");
            case 401 ->
                Problem.of(401, "unauthorized", "Not signed in", "Sign in with a Bearer token.");
            case 403 -> Problem.of(403, "forbidden", "Not allowed", "Not allowed.");
            default ->
                Problem.of(
                    status, "error", "Error", "The request failed with status " + status + ".");
          };
      ProblemWriter.write(
          (HttpServletResponse) getResponse(), problem.with("requestId", origin.requestId()));
    }
  }
}
