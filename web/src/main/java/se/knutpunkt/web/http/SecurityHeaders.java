package se.knutpunkt.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response carries: no content sniffing, no referrer, and — for everything but the
 * static resources — {@code Cache-Control: no-store}, so that no case data stays in a browser's or
 * proxy's cache. The API's responses get a policy that runs nothing; pages get PrimeFaces' nonce
 * policy ({@link PagePolicy}).
 */
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    applyTo(request, response);
    chain.doFilter(request, response);
  }

  /**
   * Sets the headers; also called by whatever answers before the filters run (the authentication
   * mechanism's 401).
   */
  public static void applyTo(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!isStaticResource(path)) {
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Pragma", "no-cache");
    }
    if (path.startsWith("/api/")) {
      response.setHeader("Content-Security-Policy", API_POLICY);
    }
  }

  /** Scripts, styles and images of the application itself: the same for everyone. */
  static boolean isStaticResource(String path) {
    return path.startsWith("/jakarta.faces.resource/")
        || path.startsWith("/js/")
        || path.startsWith("/resources/");
  }
}
