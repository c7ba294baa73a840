package se.knutpunkt.web.auth;

import fish.payara.security.openid.api.JwtClaims;
import fish.payara.security.openid.api.OpenIdContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import se.knutpunkt.security.identity.IdentityClaims;
import se.knutpunkt.security.identity.SubjectMapper;
import se.knutpunkt.security.policy.Subject;

/**
 * Who is asking in this request, from the Bearer token (API) or the OIDC session (browser). The
 * claims, and so the subject, always come from the identity provider's signed tokens.
 */
@RequestScoped
public class CurrentUser {

  // the servlet request's principal, not SecurityContext's: Soteria's resolver probes for JBoss
  // classes on every call, serialised on a class loader lock (issue 9, Java Flight Recorder)
  @Inject HttpServletRequest request;
  @Inject Instance<OpenIdContext> openIdContext;

  private IdentityClaims claims;
  private Subject subject;

  public boolean isSignedIn() {
    return request.getUserPrincipal() != null;
  }

  public IdentityClaims claims() {
    if (claims == null) {
      Principal principal = request.getUserPrincipal();
      if (principal == null) {
        throw new IllegalStateException("nobody is signed in");
      }
      claims = principal instanceof ApiCaller api ? api.claims() : browserClaims(principal);
    }
    return claims;
  }

  public Subject subject() {
    if (subject == null) {
      subject = SubjectMapper.toSubject(claims());
    }
    return subject;
  }

  public String displayName() {
    return claims().displayName().orElse(claims().username());
  }

  private IdentityClaims browserClaims(Principal principal) {
    JwtClaims token = openIdContext.get().getIdentityToken().getJwtClaims();
    return new IdentityClaims(
        token.getStringClaim("preferred_username").orElse(principal.getName()),
        token.getStringClaim("agency"),
        token.getStringClaim("clearance"),
        token.getArrayStringClaim("groups"),
        token.getStringClaim("name"),
        token.getStringClaim("email"));
  }

  /** The browser session's id token, for signing out at the identity provider too. */
  public Optional<OpenIdContext> openIdContext() {
    return openIdContext.isResolvable() ? Optional.of(openIdContext.get()) : Optional.empty();
  }
}
