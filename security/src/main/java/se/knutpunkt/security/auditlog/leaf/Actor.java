package se.knutpunkt.security.auditlog.leaf;

/**
 * Who acted: a username and its agency as the identity provider named them at the time (anna.pmy,
 * PMY), or a system actor such as {@code system}/{@code PLATFORM}. Kept as recorded rather than as
 * domain types, because the log must still decode an entry after the naming rules change.
 */
public record Actor(String username, String agency) {

  public Actor {
    Text.required(username, "actor username");
    Text.required(agency, "actor agency");
  }

  public static Actor of(String username, String agency) {
    return new Actor(username, agency);
  }

  @Override
  public String toString() {
    return username + " (" + agency + ")";
  }
}
