package se.knutpunkt.application.misuse;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.knutpunkt.application.AccessGuard;
import se.knutpunkt.application.AccessGuard.Target;
import se.knutpunkt.application.InvalidInputException;
import se.knutpunkt.application.event.DomainEvents;
import se.knutpunkt.domain.event.FlagRaised;
import se.knutpunkt.domain.event.FlagWithdrawn;
import se.knutpunkt.domain.identifier.IdentifierValidation;
import se.knutpunkt.domain.identifier.NationalIdentifiers;
import se.knutpunkt.domain.misuse.Confidence;
import se.knutpunkt.domain.misuse.Matchable;
import se.knutpunkt.domain.misuse.MisuseCategory;
import se.knutpunkt.domain.misuse.MisuseFlag;
import se.knutpunkt.domain.misuse.MisuseFlagRepository;
import se.knutpunkt.domain.text.PlainText;
import se.knutpunkt.security.auditlog.leaf.AuditAction;
import se.knutpunkt.security.matching.MatchKey;
import se.knutpunkt.security.matching.MatchKeys;
import se.knutpunkt.security.policy.AccessRequest;
import se.knutpunkt.security.policy.Decision;
import se.knutpunkt.security.policy.Subject;

/**
 * Flags of suspected misuse on identifiers and identity documents (issue 15): raised, updated by a
 * second flag of the same agency, withdrawn. What a flag starts — the notices to the matching
 * cases' members and SPOCs — happens after it commits ({@code MisuseNotices}). The audit trail
 * names the flag and its match key, never the identifier.
 */
@Stateless
public class MisuseFlagService {

  private static final AuditAction LIST_FLAGS = AuditAction.of("flag.list");

  @Inject MisuseFlagRepository flags;
  @Inject MatchKeys keys;
  @Inject AccessGuard guard;
  @Inject DomainEvents events;
  @Inject Clock clock;

  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  /** The service over the given parts, as the container would wire it (tests without one). */
  public static MisuseFlagService over(
      MisuseFlagRepository flags,
      MatchKeys keys,
      AccessGuard guard,
      DomainEvents events,
      Clock clock) {
    MisuseFlagService service = new MisuseFlagService();
    service.flags = flags;
    service.keys = keys;
    service.guard = guard;
    service.events = events;
    service.clock = clock;
    return service;
  }

  public FlagView raise(
      Subject subject,
      Matchable subjectOfFlag,
      MisuseCategory category,
      Confidence confidence,
      Optional<String> comment) {
    comment.ifPresent(MisuseFlagService::requireComment);
    Decision permit = guard.require(new AccessRequest.RaiseFlag(subject), Target.none());
    MatchKey key = keys.of(subjectOfFlag);
    OffsetDateTime now = OffsetDateTime.now(clock);
    Optional<MisuseFlag> earlier = flags.ofAgency(key.bytes(), subject.agency());
    MisuseFlag flag;
    if (earlier.isPresent()) {
      flag = earlier.get();
      flag.update(category, confidence, comment, subject.username(), now);
    } else {
      flag =
          new MisuseFlag(
              key.bytes(),
              subjectOfFlag,
              category,
              confidence,
              subject.agency(),
              comment,
              subject.username(),
              now);
      flags.store(flag);
    }
    Map<String, String> details = new LinkedHashMap<>();
    details.put("flag", Long.toString(flag.id()));
    details.put("key", key.hex());
    details.put("kind", flag.kind().name());
    details.put("category", category.name());
    details.put("confidence", confidence.name());
    details.put("update", Boolean.toString(earlier.isPresent()));
    guard.record(subject, permit, Target.none(), details);
    events.publish(new FlagRaised(Long.toString(flag.id()), subject.agency(), now.toInstant()));
    return FlagView.of(flag, subject.agency());
  }

  public FlagView withdraw(Subject subject, long id) {
    MisuseFlag flag =
        flags.find(id).orElseThrow(() -> new InvalidInputException("id", "flag.unknown", id));
    Decision permit =
        guard.require(new AccessRequest.WithdrawFlag(subject, flag.agency()), Target.none());
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (flag.inForce()) {
      flag.withdraw(now);
      guard.record(
          subject,
          permit,
          Target.none(),
          Map.of("flag", Long.toString(id), "key", MatchKey.of(flag.matchKey()).hex()));
      events.publish(new FlagWithdrawn(Long.toString(id), flag.agency(), now.toInstant()));
    }
    return FlagView.of(flag, subject.agency());
  }

  /**
   * The identifier a text names, checked (personnummer, samordningsnummer, organisationsnummer);
   * refused with the rule it breaks.
   */
  public Matchable identifier(String text) {
    IdentifierValidation validation =
        NationalIdentifiers.validate(text, LocalDate.now(clock.withZone(SWEDEN)));
    if (!validation.isValid()) {
      IdentifierValidation.Rejection why = validation.rejection().orElseThrow();
      throw new InvalidInputException(
          "identifier", "value.notAnIdentifier", "identifier", abbreviated(text), why.code());
    }
    return Matchable.of(validation.identifier().orElseThrow());
  }

  private static String abbreviated(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  /**
   * The flags in force on each of these identifiers, as the subject may know them (warnings beside
   * them); identifiers without a flag are left out. One lookup for all of a case's identifiers.
   */
  public Map<Matchable, List<FlagView>> flagsOn(Subject subject, Collection<Matchable> matchables) {
    Map<ByteBuffer, Matchable> byKey = new HashMap<>();
    matchables.forEach(m -> byKey.put(ByteBuffer.wrap(keys.of(m).bytes()), m));
    Map<Matchable, List<FlagView>> found = new LinkedHashMap<>();
    for (MisuseFlag flag : flags.inForce(byKey.keySet().stream().map(ByteBuffer::array).toList())) {
      Matchable on = byKey.get(ByteBuffer.wrap(flag.matchKey()));
      if (on != null) {
        found.computeIfAbsent(on, m -> new ArrayList<>()).add(FlagView.of(flag, subject.agency()));
      }
    }
    return found;
  }

  /** The flags of the subject's own agency, newest first. */
  public List<FlagView> ofMyAgency(Subject subject) {
    Decision permit = guard.require(new AccessRequest.RaiseFlag(subject), Target.none());
    List<FlagView> found =
        flags.ofAgency(subject.agency(), 200).stream()
            .map(f -> FlagView.of(f, subject.agency()))
            .toList();
    guard.recordAs(
        LIST_FLAGS,
        subject,
        permit,
        Target.none(),
        Map.of("count", Integer.toString(found.size())));
    return found;
  }

  private static void requireComment(String comment) {
    PlainText.problemWith(comment)
        .ifPresent(
            problem -> {
              throw new InvalidInputException("comment", "text.notStorable", "comment", problem);
            });
    if (comment.length() > MisuseFlag.MAX_COMMENT_LENGTH) {
      throw new InvalidInputException(
          "comment", "value.tooLong", "comment", "", MisuseFlag.MAX_COMMENT_LENGTH);
    }
  }
}
