package se.knutpunkt.domain.event;

import java.time.Instant;
import java.util.Objects;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.user.Username;

/** An encrypted attachment was stored (ciphertext only; the server holds no key to it). */
public record AttachmentUploaded(
    CaseId caseId, String attachmentId, Username by, Instant occurredAt) implements CaseEvent {

  private static final long serialVersionUID = 1L;

  public AttachmentUploaded {
    Objects.requireNonNull(caseId);
    Objects.requireNonNull(attachmentId);
    Objects.requireNonNull(by);
    Objects.requireNonNull(occurredAt);
  }
}
