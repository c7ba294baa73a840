package se.knutpunkt.security.auditlog.leaf;

import java.util.Objects;
import java.util.Optional;

/**
 * What the action was done to, every part optional: the case, the agency that owns it (what an
 * agency's auditor's reach is decided on), the section, the field path, the attachment.
 */
public record AuditResource(
    Optional<String> caseId,
    Optional<String> ownerAgency,
    Optional<String> section,
    Optional<String> fieldPath,
    Optional<String> attachmentId) {

  public static final AuditResource NONE =
      new AuditResource(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public AuditResource {
    check(caseId, "case id");
    check(ownerAgency, "owner agency");
    check(section, "section");
    check(fieldPath, "field path");
    check(attachmentId, "attachment id");
  }

  private static void check(Optional<String> part, String field) {
    Objects.requireNonNull(part, field);
    part.ifPresent(value -> Text.required(value, field));
  }

  public static AuditResource ofCase(String caseId, String ownerAgency) {
    return NONE.withCase(caseId, ownerAgency);
  }

  public AuditResource withCase(String caseId, String ownerAgency) {
    return new AuditResource(
        Optional.of(caseId), Optional.of(ownerAgency), section, fieldPath, attachmentId);
  }

  public AuditResource withField(String section, String fieldPath) {
    return new AuditResource(
        caseId, ownerAgency, Optional.of(section), Optional.of(fieldPath), attachmentId);
  }

  public AuditResource withSection(String section) {
    return new AuditResource(caseId, ownerAgency, Optional.of(section), fieldPath, attachmentId);
  }

  public AuditResource withAttachment(String attachmentId) {
    return new AuditResource(caseId, ownerAgency, section, fieldPath, Optional.of(attachmentId));
  }
}
