package se.knutpunkt.infrastructure.auditlog;

/** The audit log's tables could not be read or written. */
public class AuditStorageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AuditStorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
