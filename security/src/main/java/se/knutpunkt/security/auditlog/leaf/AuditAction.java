package se.knutpunkt.security.auditlog.leaf;

/**
 * What was done, as a stable dotted name: {@code login}, {@code case.read}, {@code field.write}.
 */
public record AuditAction(String name) {

  public AuditAction {
    Text.required(name, "action");
  }

  public static AuditAction of(String name) {
    return new AuditAction(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
