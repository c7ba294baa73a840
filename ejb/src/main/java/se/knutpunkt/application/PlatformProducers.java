package se.knutpunkt.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.knutpunkt.security.auditlog.leaf.ValueHasher;
import se.knutpunkt.security.matching.MatchKeys;
import se.knutpunkt.security.policy.PolicyDecisionPoint;
import se.knutpunkt.security.secrets.SecretKeyFile;

/** The few platform objects the services share: the clock, the policy, the server secrets. */
@ApplicationScoped
public class PlatformProducers {

  @Inject
  @ConfigProperty(name = "knutpunkt.secrets.dir")
  String secretsDir;

  // @Singleton, not @ApplicationScoped: these are final or JDK classes that cannot be proxied
  @Produces
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  @Produces
  @Singleton
  PolicyDecisionPoint policyDecisionPoint(Clock clock) {
    return new PolicyDecisionPoint(clock);
  }

  /** The matching index's own secret: keys of identifiers are useless without it. */
  @Produces
  @Singleton
  MatchKeys matchKeys() {
    return new MatchKeys(SecretKeyFile.loadOrCreate(Path.of(secretsDir).resolve("matching.key")));
  }

  @Produces
  @Singleton
  ValueHasher valueHasher() {
    // the file name predates ValueHasher; kept so that a running platform keeps its secret
    return new ValueHasher(
        SecretKeyFile.loadOrCreate(Path.of(secretsDir).resolve("value-fingerprint.key")));
  }
}
