package se.knutpunkt.application.misuse;

import java.time.LocalDate;
import java.util.Optional;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.DocumentType;
import se.knutpunkt.domain.misuse.DocumentExamination;
import se.knutpunkt.domain.misuse.ExaminationResult;

/** An examination as the registry shows it to anyone: agency, date, result — never the case. */
public record ExaminationView(
    long id,
    DocumentType type,
    Optional<LocalDate> validUntil,
    ExaminationResult result,
    AgencyCode agency,
    LocalDate examinedOn) {

  static ExaminationView of(DocumentExamination examination) {
    return new ExaminationView(
        examination.id(),
        examination.type(),
        examination.validUntil(),
        examination.result(),
        examination.agency(),
        examination.examinedOn());
  }
}
