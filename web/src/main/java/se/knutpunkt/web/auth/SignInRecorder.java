package se.knutpunkt.web.auth;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import se.knutpunkt.application.identity.SignInService;
import se.knutpunkt.application.identity.UnknownAgencyException;
import se.knutpunkt.security.identity.UnusableIdentityException;
import se.knutpunkt.web.api.problem.Problem;
import se.knutpunkt.web.api.problem.ProblemWriter;

/**
 * Makes sure the signed-in person has a profile and that their sign-in is in the audit trail: once
 * per browser session, once per API token. Turns away identities Knutpunkt cannot use.
 */
public class SignInRecorder extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String SESSION_MARK = "knutpunkt.signInRecorded";

  @Inject CurrentUser currentUser;
  @Inject SignInService signIns;
  @Inject SeenTokens seenTokens;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    // the servlet's principal first: an anonymous call makes no CDI bean
    if (request.getUserPrincipal() != null) {
      try {
        recordOnce(request);
      } catch (UnusableIdentityException | UnknownAgencyException e) {
        refuse(request, response, e.getMessage());
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private void recordOnce(HttpServletRequest request) {
    if (request.getUserPrincipal() instanceof ApiCaller caller) {
      if (seenTokens.firstSight(caller.tokenId())) {
        signIns.signedIn(
            currentUser.subject(),
            currentUser.displayName(),
            currentUser.claims().email(),
            SignInService.Channel.API);
      }
      return;
    }
    HttpSession session = request.getSession();
    if (session.getAttribute(SESSION_MARK) == null) {
      signIns.signedIn(
          currentUser.subject(),
          currentUser.displayName(),
          currentUser.claims().email(),
          SignInService.Channel.BROWSER);
      session.setAttribute(SESSION_MARK, Boolean.TRUE);
    }
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, String why)
      throws IOException {
    if (AuthenticationMechanism.isApi(request)) {
      ProblemWriter.write(
          response, Problem.of(403, "unusable-identity", "Identity not usable here", why + "."));
    } else {
      request.setAttribute("knutpunkt.refusal", why);
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }
}
