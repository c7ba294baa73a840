package se.knutpunkt.it.support;

/** Where the servers under test are; the launcher passes these as system properties. */
public final class Settings {

  private Settings() {}

  public static String required(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "System property " + name + " is not set; run ./knutpunkt test.");
    }
    return value;
  }

  public static String baseUrl() {
    return System.getProperty("knutpunkt.base.url", "http://127.0.0.1:8080/knutpunkt");
  }

  public static String apiUrl() {
    return baseUrl() + "/api/v1";
  }

  public static String keycloakUrl() {
    return System.getProperty("knutpunkt.keycloak.url", "http://127.0.0.1:8180");
  }

  public static String realmUrl() {
    return keycloakUrl() + "/realms/knutpunkt";
  }

  public static String database() {
    return System.getProperty("knutpunkt.db", "h2");
  }
}
