package se.knutpunkt.security.token;

import java.security.interfaces.RSAPublicKey;
import java.util.Optional;

/** The identity provider's token signing keys, by key id. */
public interface RealmKeys {

  /** The key with this id, fetching the realm's keys again if it is not known yet. */
  Optional<RSAPublicKey> key(String keyId);
}
