package se.knutpunkt.application.misuse;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.knutpunkt.application.AccessGuard;
import se.knutpunkt.application.AccessGuard.Target;
import se.knutpunkt.application.InvalidInputException;
import se.knutpunkt.domain.casefile.DocumentType;
import se.knutpunkt.domain.misuse.DocumentExamination;
import se.knutpunkt.domain.misuse.DocumentRegistry;
import se.knutpunkt.domain.misuse.ExaminationResult;
import se.knutpunkt.domain.misuse.Matchable;
import se.knutpunkt.security.matching.MatchKey;
import se.knutpunkt.security.matching.MatchKeys;
import se.knutpunkt.security.policy.AccessRequest;
import se.knutpunkt.security.policy.Decision;
import se.knutpunkt.security.policy.Subject;

/**
 * The shared registry of examined identity documents (seed 000 §5.2.2): "has this passport been
 * examined before, where, with what result". A document is found by its exact issuing country and
 * number only, a person's searches are limited per minute, and every recording and search is in the
 * audit trail (by the document's match key, never its number).
 */
@Stateless
public class DocumentRegistryService {

  /** A search names a whole document number: anything shorter is a part of one. */
  public static final int MIN_SEARCH_LENGTH = 6;

  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  @Inject DocumentRegistry registry;
  @Inject MatchKeys keys;
  @Inject AccessGuard guard;
  @Inject SearchAllowance allowance;
  @Inject Clock clock;

  /** The service over the given parts, as the container would wire it (tests without one). */
  public static DocumentRegistryService over(
      DocumentRegistry registry,
      MatchKeys keys,
      AccessGuard guard,
      SearchAllowance allowance,
      Clock clock) {
    DocumentRegistryService service = new DocumentRegistryService();
    service.registry = registry;
    service.keys = keys;
    service.guard = guard;
    service.allowance = allowance;
    service.clock = clock;
    return service;
  }

  public ExaminationView record(
      Subject subject,
      Matchable.Document document,
      DocumentType type,
      Optional<LocalDate> validUntil,
      ExaminationResult result,
      Optional<LocalDate> examinedOn) {
    LocalDate today = LocalDate.now(clock.withZone(SWEDEN));
    LocalDate on = examinedOn.orElse(today);
    if (on.isAfter(today)) {
      throw new InvalidInputException("examinedOn", "examination.inFuture", on);
    }
    Decision permit = guard.require(new AccessRequest.RecordExamination(subject), Target.none());
    MatchKey key = keys.of(document);
    DocumentExamination examination =
        new DocumentExamination(
            key.bytes(),
            type,
            validUntil,
            result,
            subject.agency(),
            on,
            subject.username(),
            OffsetDateTime.now(clock));
    registry.record(examination);
    guard.record(
        subject,
        permit,
        Target.none(),
        Map.of("key", key.hex(), "type", type.name(), "result", result.name()));
    return ExaminationView.of(examination);
  }

  public List<ExaminationView> search(Subject subject, String country, String number) {
    if (number == null || !number.matches("[A-Za-z0-9 -]+")) {
      throw new InvalidInputException("number", "registry.wholeNumber", MIN_SEARCH_LENGTH);
    }
    Matchable.Document document;
    try {
      document = (Matchable.Document) Matchable.document(String.valueOf(country), number);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("country", "registry.countryAndNumber");
    }
    if (document.number().length() < MIN_SEARCH_LENGTH) {
      throw new InvalidInputException("number", "registry.wholeNumber", MIN_SEARCH_LENGTH);
    }
    Decision permit = guard.require(new AccessRequest.SearchRegistry(subject), Target.none());
    allowance.take(subject.username());
    MatchKey key = keys.of(document);
    List<ExaminationView> found =
        registry.examinationsOf(key.bytes()).stream().map(ExaminationView::of).toList();
    guard.record(
        subject,
        permit,
        Target.none(),
        Map.of("key", key.hex(), "found", Integer.toString(found.size())));
    return found;
  }

  /** Examinations of a document that found it forged or not its holder's: the case's warning. */
  public List<ExaminationView> warningsOn(Matchable.Document document) {
    return registry.examinationsOf(keys.of(document).bytes()).stream()
        .filter(
            e ->
                e.result() == ExaminationResult.FORFALSKAD
                    || e.result() == ExaminationResult.EJ_TILLHORIG_INNEHAVAREN)
        .map(ExaminationView::of)
        .toList();
  }
}
