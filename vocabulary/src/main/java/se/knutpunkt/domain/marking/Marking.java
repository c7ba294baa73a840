package se.knutpunkt.domain.marking;

import java.util.Objects;
import java.util.Optional;
import se.knutpunkt.domain.agency.AgencyCode;

/**
 * The confidentiality marking every field value carries. It decides, together with the reader's
 * membership and clearance, whether the value may be sent to that reader.
 */
public record Marking(
    ClassificationLevel level,
    AgencyCode owner,
    Releasability releasable,
    Optional<LegalReference> legalReference,
    Optional<HandlingCode> handlingCode) {

  public Marking {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(releasable, "releasable");
    Objects.requireNonNull(legalReference, "legalReference");
    Objects.requireNonNull(handlingCode, "handlingCode");
    if (level.requiresLegalReference() && legalReference.isEmpty()) {
      throw new IllegalArgumentException(
          "a "
              + level
              + " value needs the legal reference that makes it secret,"
              + " such as 'OSL 35 kap. 1 §'");
    }
  }

  /** What a write without a marking gets: INTERNAL, released to the case. */
  public static Marking defaultFor(AgencyCode owner) {
    return new Marking(
        ClassificationLevel.INTERNAL,
        owner,
        Releasability.CASE,
        Optional.empty(),
        Optional.empty());
  }

  /** A marking released to the case; OPEN and INTERNAL need no legal reference. */
  public static Marking of(ClassificationLevel level, AgencyCode owner) {
    return new Marking(level, owner, Releasability.CASE, Optional.empty(), Optional.empty());
  }

  public static Marking of(
      ClassificationLevel level, AgencyCode owner, LegalReference legalReference) {
    return new Marking(
        level, owner, Releasability.CASE, Optional.of(legalReference), Optional.empty());
  }

  public Marking withOwner(AgencyCode newOwner) {
    return new Marking(level, newOwner, releasable, legalReference, handlingCode);
  }

  /** Whether an agency may receive the value: the owner always, others as released. */
  public boolean isReleasableTo(AgencyCode agency) {
    return owner.equals(agency) || releasable.releasesTo(agency);
  }
}
