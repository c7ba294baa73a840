package se.knutpunkt.application.audit;

import java.time.Instant;
import java.util.Objects;
import se.knutpunkt.domain.user.Username;
import se.knutpunkt.security.auditlog.checkpoint.Cosignature;
import se.knutpunkt.security.auditlog.merkle.TreeSize;

/** A witness's cosignature of the checkpoint of {@code size}, checked, as it is kept. */
public record StoredCosignature(
    TreeSize size, Cosignature cosignature, Username addedBy, Instant addedAt) {

  public StoredCosignature {
    Objects.requireNonNull(size);
    Objects.requireNonNull(cosignature);
    Objects.requireNonNull(addedBy);
    Objects.requireNonNull(addedAt);
  }
}
