package se.knutpunkt.domain.sharing;

import java.util.Objects;
import java.util.Optional;

/**
 * What a disclosure rests on (seed 002 §2.1.1): its legal basis and, written out where the basis
 * demands them, why the receiver needs the information, the balancing of interests and the consent.
 * Which of these a basis demands is the sharing guide's to say; this only holds them.
 */
public record SharingGrounds(
    LegalBasis legalBasis,
    Optional<String> needsTest,
    Optional<String> balancing,
    Optional<String> consent) {

  public SharingGrounds {
    Objects.requireNonNull(legalBasis, "legalBasis");
    needsTest = needsTest.filter(s -> !s.isBlank());
    balancing = balancing.filter(s -> !s.isBlank());
    consent = consent.filter(s -> !s.isBlank());
  }

  /** The written part a demand asks for, if it was written. */
  public Optional<String> answerTo(SharingDemand demand) {
    return switch (demand) {
      case NEEDS_TEST -> needsTest;
      case BALANCING -> balancing;
      case CONSENT -> consent;
    };
  }
}
