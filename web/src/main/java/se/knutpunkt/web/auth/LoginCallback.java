package se.knutpunkt.web.auth;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Where Keycloak sends the browser back after the login page. Payara's mechanism has finished the
 * code exchange before this runs; here the browser goes on to the page it first asked for.
 */
@WebServlet("/callback")
public class LoginCallback extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final String RETURN_TO = "knutpunkt.returnTo";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession(false);
    String returnTo = session == null ? null : (String) session.getAttribute(RETURN_TO);
    if (session != null) {
      session.removeAttribute(RETURN_TO);
    }
    String home = request.getContextPath() + "/";
    response.sendRedirect(isOurs(request, returnTo) ? returnTo : home);
  }

  /** Only paths inside this application: never an open redirect. */
  static boolean isOurs(HttpServletRequest request, String path) {
    return path != null
        && path.startsWith(request.getContextPath() + "/")
        && !path.startsWith("//")
        && !path.contains("\\")
        && !path.contains("\r")
        && !path.contains("\n");
  }
}
