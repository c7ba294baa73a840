package se.knutpunkt.web.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves the stable workspace address {@code /cases/{id}} (notices and e-mails link to it) with the
 * page {@code case.xhtml}; the id travels as a request attribute.
 */
public class CaseWorkspaceRoute extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String CASE_ID = "knutpunkt.caseId";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String rest =
        request.getRequestURI().substring(request.getContextPath().length() + "/cases/".length());
    if (rest.isEmpty() || rest.contains("/")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    request.setAttribute(CASE_ID, rest);
    request.getRequestDispatcher("/case.xhtml").forward(request, response);
  }
}
