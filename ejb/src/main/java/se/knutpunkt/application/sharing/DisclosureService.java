package se.knutpunkt.application.sharing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import se.knutpunkt.application.AccessDeniedException;
import se.knutpunkt.application.AccessGuard;
import se.knutpunkt.application.AccessGuard.Target;
import se.knutpunkt.application.CaseNotFoundException;
import se.knutpunkt.application.ConflictException;
import se.knutpunkt.application.InvalidInputException;
import se.knutpunkt.application.NotFoundException;
import se.knutpunkt.application.casework.CaseFactsOf;
import se.knutpunkt.application.event.DomainEvents;
import se.knutpunkt.domain.casefile.CaseFile;
import se.knutpunkt.domain.casefile.CaseFileRepository;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.casefile.FieldValue;
import se.knutpunkt.domain.casefile.FieldValueRepository;
import se.knutpunkt.domain.casefile.ValueVersion;
import se.knutpunkt.domain.event.DisclosureDecided;
import se.knutpunkt.domain.event.DisclosureRequested;
import se.knutpunkt.domain.sharing.DisclosureRepository;
import se.knutpunkt.domain.sharing.DisclosureRequest;
import se.knutpunkt.domain.sharing.DisclosureState;
import se.knutpunkt.domain.sharing.Invitation;
import se.knutpunkt.domain.sharing.SharingGrounds;
import se.knutpunkt.security.policy.AccessRequest;
import se.knutpunkt.security.policy.Action;
import se.knutpunkt.security.policy.CaseFacts;
import se.knutpunkt.security.policy.Decision;
import se.knutpunkt.security.policy.PolicyDecisionPoint;
import se.knutpunkt.security.policy.Subject;

/**
 * Requests for withheld values ("Begär utlämnande"): a member asks for the version they were shown
 * a placeholder for, with a reason; an ID-SPOC of the agency that owns the value grants it on
 * grounds the sharing guide accepts, or denies it with a reason. A grant releases exactly that
 * version to the requesting agency; the gate lets it through from then on.
 */
@Stateless
public class DisclosureService {

  @Inject CaseFileRepository cases;
  @Inject FieldValueRepository fields;
  @Inject DisclosureRepository disclosures;
  @Inject AccessGuard guard;
  @Inject PolicyDecisionPoint pdp;
  @Inject SharingGuide guide;
  @Inject DomainEvents events;
  @Inject Clock clock;

  public DisclosureView request(Subject subject, CaseId id, FieldPath path, String reason) {
    // locked, so that two requests of one agency for one value cannot both pass the check below
    Optional<CaseFile> found = cases.findForUpdate(id);
    if (found.isEmpty()) {
      guard.refused(subject, Action.OPEN_CASE, "NO_SUCH_CASE", Target.unknownCase(id), Map.of());
      throw new CaseNotFoundException();
    }
    CaseFile caseFile = found.get();
    CaseFacts facts = CaseFactsOf.of(caseFile, subject.username());
    Target target = Target.caseOf(id, caseFile.ownerAgency()).field(path);
    if (guard.decide(new AccessRequest.OpenCase(subject, facts), target).denied()) {
      throw new CaseNotFoundException();
    }
    FieldValue current =
        fields
            .currentValue(id, path)
            .filter(v -> !v.removed())
            .orElseThrow(() -> new InvalidInputException("path", "field.unknown", path.value()));
    ValueVersion value = new ValueVersion(path, current.version());
    Decision permit =
        guard.require(
            new AccessRequest.RequestDisclosure(
                subject, facts, path.section(), current.marking(), value),
            target);
    String why = WrittenText.required("reason", reason, Invitation.MAX_TEXT);
    if (disclosures.pending(id, value, subject.agency()).isPresent()) {
      throw new ConflictException("disclosure.alreadyAsked", value.toString());
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    DisclosureRequest request =
        DisclosureRequest.ask(
            id, value, current.marking().owner(), subject.username(), subject.agency(), why, now);
    disclosures.store(request);
    guard.record(subject, permit, target, details(request));
    events.publish(
        new DisclosureRequested(id, request.id(), request.valueOwner(), now.toInstant()));
    return DisclosureView.of(request);
  }

  /** Grants on {@code grounds}, which the sharing guide must accept. */
  public DisclosureView grant(Subject subject, String requestId, SharingGrounds grounds) {
    DisclosureRequest request = requestOf(subject, requestId);
    Decision permit = requireDecider(subject, request);
    requirePending(request);
    CaseFile caseFile = cases.findForUpdate(request.caseId()).orElseThrow();
    if (!caseFile.memberAgencies().contains(request.requesterAgency())) {
      throw new ConflictException("disclosure.requesterGone", request.requesterAgency().value());
    }
    SharingGrounds kept =
        guide.check(
            grounds, caseFile.ownerAgency(), request.valueOwner(), request.requesterAgency());
    OffsetDateTime now = OffsetDateTime.now(clock);
    caseFile.disclose(request.value(), request.requesterAgency(), request.id());
    request.grant(subject.username(), kept, now);
    Map<String, String> details = details(request);
    details.put("legalBasis", kept.legalBasis().code());
    guard.record(subject, permit, target(request), details);
    events.publish(
        new DisclosureDecided(
            request.caseId(), request.id(), request.value().path(), true, now.toInstant()));
    return DisclosureView.of(request);
  }

  public DisclosureView deny(Subject subject, String requestId, String reason) {
    DisclosureRequest request = requestOf(subject, requestId);
    Decision permit = requireDecider(subject, request);
    requirePending(request);
    String why = WrittenText.required("reason", reason, Invitation.MAX_TEXT);
    OffsetDateTime now = OffsetDateTime.now(clock);
    request.deny(subject.username(), why, now);
    guard.record(subject, permit, target(request), details(request));
    events.publish(
        new DisclosureDecided(
            request.caseId(), request.id(), request.value().path(), false, now.toInstant()));
    return DisclosureView.of(request);
  }

  /**
   * The request, for the one who asked and for the value owner's ID-SPOCs; to anyone else it does
   * not exist.
   */
  private DisclosureRequest requestOf(Subject subject, String requestId) {
    Optional<DisclosureRequest> found = disclosures.findForUpdate(requestId);
    if (found.isEmpty()
        || !(found.get().requester().equals(subject.username())
            || pdp.permits(
                new AccessRequest.DecideDisclosure(subject, found.get().valueOwner())))) {
      guard.refused(
          subject,
          Action.DECIDE_DISCLOSURE,
          found.isEmpty() ? "NO_SUCH_REQUEST" : "NOT_SPOC_OF_VALUE_OWNER",
          found.map(this::target).orElse(Target.none()),
          Map.of("request", requestId));
      throw new NotFoundException("disclosure request");
    }
    return found.get();
  }

  private Decision requireDecider(Subject subject, DisclosureRequest request) {
    Decision decide =
        guard.decide(
            new AccessRequest.DecideDisclosure(subject, request.valueOwner()), target(request));
    if (decide.denied()) {
      throw new AccessDeniedException(decide);
    }
    return decide;
  }

  private static void requirePending(DisclosureRequest request) {
    if (request.state() != DisclosureState.PENDING) {
      throw new ConflictException("disclosure.decided", request.state().name());
    }
  }

  private Target target(DisclosureRequest request) {
    return new Target(
        Optional.of(request.caseId()),
        Optional.of(request.valueOwner()),
        Optional.of(request.value().path()));
  }

  /** What the audit trail keeps of a request's step (never the reason's text). */
  private static Map<String, String> details(DisclosureRequest request) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("request", request.id());
    details.put("value", request.value().toString());
    details.put("requester", request.requester().value());
    details.put("requesterAgency", request.requesterAgency().value());
    details.put("state", request.state().name());
    return details;
  }
}
