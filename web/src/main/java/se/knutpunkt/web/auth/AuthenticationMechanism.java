package se.knutpunkt.web.auth;

import fish.payara.security.openid.OpenIdAuthenticationMechanism;
import fish.payara.security.openid.api.AccessTokenCallerPrincipal;
import fish.payara.security.openid.api.AccessTokenCredential;
import fish.payara.security.openid.api.JwtClaims;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.knutpunkt.security.identity.IdentityClaims;
import se.knutpunkt.security.identity.TokenDigest;
import se.knutpunkt.web.api.problem.Problem;
import se.knutpunkt.web.api.problem.ProblemWriter;

/**
 * The application's single authentication mechanism (Jakarta Security allows one). Under {@code
 * /api/} it takes Bearer tokens of the realm, checks signature, issuer, expiry (Payara's
 * access-token store) and audience (here), and answers 401 with problem+json, never a redirect.
 * Everywhere else it hands over to Payara's OIDC code flow. See ADR 0002.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class AuthenticationMechanism implements HttpAuthenticationMechanism {

  /** A compact JWS: three base64url parts. Anything else never reaches the token store. */
  private static final Pattern COMPACT_JWS =
      Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

  private static final int MAX_TOKEN_LENGTH = 16_384;

  @Inject OpenIdAuthenticationMechanism browserLogin;
  @Inject IdentityStoreHandler identityStores;

  @Inject
  @ConfigProperty(name = "knutpunkt.api.audience", defaultValue = "knutpunkt-api")
  String audience;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    if (isApi(request)) {
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
    if (token.get().length() > MAX_TOKEN_LENGTH || !COMPACT_JWS.matcher(token.get()).matches()) {
      return refuse(response, "invalid_token", "The access token is not a signed JWT.");
    }
    CredentialValidationResult result =
        identityStores.validate(new AccessTokenCredential(token.get()));
    if (result.getStatus() != CredentialValidationResult.Status.VALID
        || !(result.getCallerPrincipal() instanceof AccessTokenCallerPrincipal principal)) {
      return refuse(
          response,
          "invalid_token",
          "The access token is not valid (expired, forged or from another realm).");
    }
    JwtClaims claims = principal.getClaims();
    if (!claims.getAudience().contains(audience)) {
      return refuse(
          response, "invalid_token", "The access token is not meant for this API (audience).");
    }
    Optional<String> username = claims.getStringClaim("preferred_username");
    if (username.isEmpty()) {
      return refuse(response, "invalid_token", "The access token names no user.");
    }
    IdentityClaims identity =
        new IdentityClaims(
            username.get(),
            claims.getStringClaim("agency"),
            claims.getStringClaim("clearance"),
            claims.getArrayStringClaim("groups"),
            claims.getStringClaim("name"),
            claims.getStringClaim("email"));
    return context.notifyContainerAboutLogin(
        new ApiCaller(identity, claims.getJwtId().orElseGet(() -> TokenDigest.of(token.get()))),
        result.getCallerGroups());
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
