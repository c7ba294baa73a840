package se.knutpunkt.application.misuse;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.misuse.Confidence;
import se.knutpunkt.domain.misuse.MisuseCategory;
import se.knutpunkt.domain.misuse.MisuseFlag;

/**
 * A flag as one reader may know it. Everyone told of a flag learns its category, confidence and the
 * flagging agency; the identifier as written, the comment and who flagged it are for the flagging
 * agency only.
 */
public record FlagView(
    long id,
    MisuseCategory category,
    Confidence confidence,
    AgencyCode agency,
    OffsetDateTime flaggedAt,
    boolean inForce,
    Optional<String> identifier,
    Optional<String> comment,
    Optional<String> flaggedBy) {

  public FlagView {
    Objects.requireNonNull(category);
    Objects.requireNonNull(confidence);
    Objects.requireNonNull(agency);
    Objects.requireNonNull(identifier);
    Objects.requireNonNull(comment);
    Objects.requireNonNull(flaggedBy);
  }

  /** The flag as a reader of {@code readersAgency} may know it. */
  public static FlagView of(MisuseFlag flag, AgencyCode readersAgency) {
    boolean own = flag.agency().equals(readersAgency);
    return new FlagView(
        flag.id(),
        flag.category(),
        flag.confidence(),
        flag.agency(),
        flag.flaggedAt(),
        flag.inForce(),
        own ? Optional.of(flag.shown()) : Optional.empty(),
        own ? flag.comment() : Optional.empty(),
        own ? Optional.of(flag.flaggedBy().value()) : Optional.empty());
  }
}
