package se.knutpunkt.web.auth;

import fish.payara.security.annotations.ClaimsDefinition;
import fish.payara.security.annotations.LogoutDefinition;
import fish.payara.security.annotations.OpenIdAuthenticationDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The browser signs in through Keycloak's login page (OIDC code flow, Payara's connector).
 * Provider, client and secret come from MicroProfile Config (payara.security.openid.*), so the
 * values here are only the embedded run's defaults. See ADR 0002.
 */
@ApplicationScoped
@OpenIdAuthenticationDefinition(
    providerURI = "http://127.0.0.1:8180/realms/knutpunkt",
    clientId = "knutpunkt-web",
    clientSecret = "set-by-config",
    redirectURI = "${baseURL}/callback",
    scope = {"openid", "profile", "email"},
    useNonce = true,
    useSession = true,
    tokenAutoRefresh = true,
    claimsDefinition =
        @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
    logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/signed-out.xhtml"))
public class OidcLogin {}
