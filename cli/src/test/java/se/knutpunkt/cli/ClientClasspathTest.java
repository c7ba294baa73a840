package se.knutpunkt.cli;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The client carries the policy's vocabulary and the crypto, never the server's persistence: no JPA
 * entities, no JPA and no Flyway on its class path (and so in its jar).
 */
class ClientClasspathTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "se.knutpunkt.domain.casefile.CaseFile",
        "se.knutpunkt.domain.casefile.FieldValue",
        "se.knutpunkt.domain.user.UserProfile",
        "jakarta.persistence.Entity",
        "org.flywaydb.core.Flyway"
      })
  void serverPersistenceIsNotOnTheClientsClassPath(String className) {
    assertThatThrownBy(() -> Class.forName(className)).isInstanceOf(ClassNotFoundException.class);
  }
}
