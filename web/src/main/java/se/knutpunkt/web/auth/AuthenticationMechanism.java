package se.knutpunkt.web.auth;

import fish.payara.security.openid.OpenIdAuthenticationMechanism;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.knutpunkt.security.identity.IdentityClaims;
import se.knutpunkt.security.identity.TokenDigest;
import se.knutpunkt.security.token.AccessTokenVerifier;
import se.knutpunkt.security.token.InvalidTokenException;
import se.knutpunkt.security.token.VerifiedToken;
import se.knutpunkt.web.api.problem.Problem;
import se.knutpunkt.web.api.problem.ProblemWriter;
import se.knutpunkt.web.http.SecurityHeaders;

/**
 * The application's single authentication mechanism (Jakarta Security allows one). Under {@code
 * /api/} it takes Bearer tokens of the realm, checks signature, issuer, type, audience and expiry
 * ({@link AccessTokenVerifier}; no HTTP session is made) and answers 401 with problem+json, never a
 * redirect. Everywhere else it hands over to Payara's OIDC code flow. See ADR 0002 and 0007.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class AuthenticationMechanism implements HttpAuthenticationMechanism {

  /** Keycloak's clock may run ahead of ours; Payara's own store allowed the same minute. */
  private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

  @Inject OpenIdAuthenticationMechanism browserLogin;
  @Inject RealmSigningKeys realmKeys;

  @Inject
  @ConfigProperty(name = "knutpunkt.api.audience", defaultValue = "knutpunkt-api")
  String audience;

  private AccessTokenVerifier verifier;

  @PostConstruct
  void makeVerifier() {
    verifier =
        new AccessTokenVerifier(
            realmKeys, realmKeys.issuer(), audience, Clock.systemUTC(), CLOCK_SKEW);
  }

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    if (isApi(request)) {
      // the filters have not run yet, and a 401 is answered from here
      SecurityHeaders.applyTo(request, response);
      return authenticateBearer(request, response, context);
    }
    AuthenticationStatus status = browserLogin.validateRequest(request, response, context);
    if (status == AuthenticationStatus.SEND_CONTINUE && isPageRequest(request)) {
      // Payara does not bring the browser back to the page it asked for; the callback does
      request.getSession().setAttribute(LoginCallback.RETURN_TO, originalUrl(request));
    }
    return status;
  }

  private static boolean isPageRequest(HttpServletRequest request) {
    return "GET".equals(request.getMethod())
        && !request.getRequestURI().equals(request.getContextPath() + "/callback");
  }

  private static String originalUrl(HttpServletRequest request) {
    String query = request.getQueryString();
    return request.getRequestURI() + (query == null ? "" : "?" + query);
  }

  @Override
  public AuthenticationStatus secureResponse(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    if (isApi(request)) {
      return AuthenticationStatus.SUCCESS;
    }
    return browserLogin.secureResponse(request, response, context);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (isApi(request)) {
      HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    } else {
      browserLogin.cleanSubject(request, response, context);
    }
  }

  /** The audit log's verifier key: an outside verifier pins it without an account (API.md). */
  private static boolean isOpenToAnyone(HttpServletRequest request) {
    return "GET".equals(request.getMethod())
        && request.getRequestURI().equals(request.getContextPath() + "/api/v1/audit/public-key");
  }

  static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private AuthenticationStatus authenticateBearer(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Optional<String> token = bearerToken(request);
    if (token.isEmpty() && isOpenToAnyone(request)) {
      return context.doNothing();
    }
    if (token.isEmpty()) {
      return refuse(
          response,
          "missing_token",
          "Sign in: send an access token as 'Authorization: Bearer <token>'.");
    }
    VerifiedToken verified;
    try {
      verified = verifier.verify(token.get());
    } catch (InvalidTokenException e) {
      return refuse(response, "invalid_token", e.getMessage());
    }
    Optional<String> username = verified.string("preferred_username");
    if (username.isEmpty()) {
      return refuse(response, "invalid_token", "The access token names no user.");
    }
    List<String> groups = verified.strings("groups");
    IdentityClaims identity =
        new IdentityClaims(
            username.get(),
            verified.string("agency"),
            verified.string("clearance"),
            groups,
            verified.string("name"),
            verified.string("email"));
    return context.notifyContainerAboutLogin(
        new ApiCaller(identity, verified.id().orElseGet(() -> TokenDigest.of(token.get()))),
        new HashSet<>(groups));
  }

  private static Optional<String> bearerToken(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    return Optional.of(header.substring(7).strip());
  }

  private static AuthenticationStatus refuse(
      HttpServletResponse response, String error, String detail) {
    response.setHeader("WWW-Authenticate", "Bearer realm=\"knutpunkt\", error=\"" + error + "\"");
    ProblemWriter.write(response, Problem.of(401, "unauthorized", "Not signed in", detail));
    return AuthenticationStatus.SEND_FAILURE;
  }
}
