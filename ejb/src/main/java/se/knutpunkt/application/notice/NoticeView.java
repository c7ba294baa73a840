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
 * Nothing of the other agency's case, not even which identifier.
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
    Optional<String> watched) {

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
  }
}
