package se.knutpunkt.web.auth;

import jakarta.security.enterprise.CallerPrincipal;
import java.util.Objects;
import se.knutpunkt.security.identity.IdentityClaims;

/**
 * The caller of the REST API, named by the token's {@code preferred_username} (Payara would name it
 * by {@code sub}), with the claims that say who they are in Knutpunkt.
 */
public class ApiCaller extends CallerPrincipal {

  private static final long serialVersionUID = 1L;
  private final IdentityClaims claims;
  private final String tokenId;

  public ApiCaller(IdentityClaims claims, String tokenId) {
    super(claims.username());
    this.claims = Objects.requireNonNull(claims);
    this.tokenId = tokenId;
  }

  public IdentityClaims claims() {
    return claims;
  }

  /** The token's id (jti): a sign-in is recorded once per token, not once per call. */
  public String tokenId() {
    return tokenId;
  }
}
