package se.knutpunkt.web.auth;

import fish.payara.security.openid.api.AccessTokenCallerPrincipal;
import fish.payara.security.openid.api.BearerGroupsIdentityStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Set;

/** Gives a Bearer caller the groups of the token's flat {@code groups} claim. */
@ApplicationScoped
public class FlatGroupsIdentityStore extends BearerGroupsIdentityStore {

  @Override
  protected Set<String> getCallerGroups(AccessTokenCallerPrincipal principal) {
    return new HashSet<>(principal.getClaims().getArrayStringClaim("groups"));
  }
}
