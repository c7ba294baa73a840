package se.knutpunkt.web.auth;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import se.knutpunkt.application.audit.RequestOrigin;

/**
 * Gives each request an id (the client's X-Request-Id if it is a sane one) and notes the client's
 * address, for the audit trail and for error messages; the id is echoed back.
 */
public class RequestOriginFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

  /**
   * A fresh id: 128 random bits, written as a UUID. Not a secret (it is echoed to the client and
   * quoted to support), so it comes from the thread's own generator rather than the shared secure
   * one, whose lock every request would queue on (issue 9, JFR).
   */
  static String newRequestId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return new UUID(random.nextLong(), random.nextLong()).toString();
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String offered = request.getHeader("X-Request-Id");
    String requestId =
        offered != null && SANE_ID.matcher(offered).matches() ? offered : newRequestId();
    request.setAttribute(RequestOrigin.REQUEST_ID_ATTRIBUTE, requestId);
    response.setHeader("X-Request-Id", requestId);
    chain.doFilter(request, response);
  }
}
