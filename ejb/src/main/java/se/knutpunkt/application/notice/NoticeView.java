package se.knutpunkt.application.notice;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.misuse.Confidence;
import se.knutpunkt.domain.misuse.ExaminationResult;
import se.knutpunkt.domain.misuse.MisuseCategory;
import se.knutpunkt.domain.notice.NoticeKind;

/**
 * A notice as its reader sees it: that there is a hit — a flag's category and confidence, or a
 * registry examination's result — the agency that flagged or examined (whose ID-SPOC is the
 * contact), and which of the reader's own cases matches, with its title where the reader may see it
 * — or, for a notice the reader's watch brought, the identifier they watch, as they wrote it.
 * Nothing of the other agency's case, not even which identifier. A notice about sharing names the
 * invitation or disclosure request and the agency on its other side.
 */
public record NoticeView(
    long id,
    NoticeKind kind,
    OffsetDateTime at,
    boolean read,
    boolean toSpocInbox,
    AgencyCode agency,
    Optional<MisuseCategory> category,
    Optional<Confidence> confidence,
    Optional<ExaminationResult> examinationResult,
    Optional<CaseId> caseId,
    Optional<String> caseTitle,
    Optional<String> watched,
    Optional<String> invitationId,
    Optional<String> disclosureId) {

  /** A notice about a flag, an examination or a watch (none about sharing). */
  public NoticeView(
      long id,
      NoticeKind kind,
      OffsetDateTime at,
      boolean read,
      boolean toSpocInbox,
      AgencyCode agency,
      Optional<MisuseCategory> category,
      Optional<Confidence> confidence,
      Optional<ExaminationResult> examinationResult,
      Optional<CaseId> caseId,
      Optional<String> caseTitle,
      Optional<String> watched) {
    this(
        id,
        kind,
        at,
        read,
        toSpocInbox,
        agency,
        category,
        confidence,
        examinationResult,
        caseId,
        caseTitle,
        watched,
        Optional.empty(),
        Optional.empty());
  }

  public NoticeView {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(at);
    Objects.requireNonNull(agency);
    Objects.requireNonNull(category);
    Objects.requireNonNull(confidence);
    Objects.requireNonNull(examinationResult);
    Objects.requireNonNull(caseId);
    Objects.requireNonNull(caseTitle);
    Objects.requireNonNull(watched);
    Objects.requireNonNull(invitationId);
    Objects.requireNonNull(disclosureId);
  }
}
