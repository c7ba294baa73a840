package se.knutpunkt.web.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Content-Security-Policy of the pages, which PrimeFaces sends with a fresh script nonce
 * appended ({@code primefaces.CSP_POLICY} in web.xml; the policy must end with {@code script-src}
 * for that). Scripts run only from here and with the nonce; nothing frames the pages; forms post
 * here, or to the identity provider when signing out.
 */
@Named
@ApplicationScoped
public class PagePolicy {

  @Inject
  @ConfigProperty(
      name = "payara.security.openid.providerURI",
      defaultValue = "http://127.0.0.1:8180/realms/knutpunkt")
  String identityProvider;

  public String getText() {
    URI provider = URI.create(identityProvider);
    String origin = provider.getScheme() + "://" + provider.getAuthority();
    return "default-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
        + "form-action 'self' "
        + origin
        + "; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'; "
        + "script-src 'self'";
  }
}
