package se.knutpunkt.application.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.knutpunkt.application.AccessGuard;
import se.knutpunkt.application.Capabilities;
import se.knutpunkt.application.gate.ValueGate;
import se.knutpunkt.application.identity.DirectoryEntry;
import se.knutpunkt.application.identity.UserDirectory;
import se.knutpunkt.application.misuse.DocumentRegistryService;
import se.knutpunkt.application.misuse.MisuseFlagService;
import se.knutpunkt.application.testing.InMemoryCaseFiles;
import se.knutpunkt.application.testing.InMemoryDocumentRegistry;
import se.knutpunkt.application.testing.InMemoryFieldValues;
import se.knutpunkt.application.testing.InMemoryMatchingIndex;
import se.knutpunkt.application.testing.InMemoryMisuseFlags;
import se.knutpunkt.application.testing.RecordingAuditTrail;
import se.knutpunkt.application.testing.RecordingDomainEvents;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.marking.ClassificationLevel;
import se.knutpunkt.domain.user.Role;
import se.knutpunkt.domain.user.UserProfile;
import se.knutpunkt.domain.user.Username;
import se.knutpunkt.security.auditlog.leaf.ValueHasher;
import se.knutpunkt.security.matching.MatchKeys;
import se.knutpunkt.security.policy.PolicyDecisionPoint;
import se.knutpunkt.security.policy.Subject;

/**
 * The case services wired as the container wires them, over in-memory repositories, a recording
 * audit trail and recording domain events; the real policy decision point and gate. The demo
 * realm's people are known (API.md).
 */
public final class CaseworkFixture {

  public static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

  public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  public final InMemoryCaseFiles cases = new InMemoryCaseFiles();
  public final InMemoryFieldValues fields = new InMemoryFieldValues();
  public final RecordingAuditTrail trail = new RecordingAuditTrail();
  public final RecordingDomainEvents events = new RecordingDomainEvents();
  public final PolicyDecisionPoint pdp = new PolicyDecisionPoint(clock);
  public final CaseService service = new CaseService();
  public final InMemoryMatchingIndex matchingIndex = new InMemoryMatchingIndex();
  public final MatchKeys matchKeys = new MatchKeys(new byte[32]);
  public final InMemoryMisuseFlags flags = new InMemoryMisuseFlags();
  public final InMemoryDocumentRegistry documents = new InMemoryDocumentRegistry();
  public MisuseFlagService flagService;

  private final Map<Username, UserProfile> profiles = new HashMap<>();

  public final se.knutpunkt.domain.user.UserProfileRepository profileRepository =
      new se.knutpunkt.domain.user.UserProfileRepository() {
        @Override
        public Optional<UserProfile> find(Username username) {
          return Optional.ofNullable(profiles.get(username));
        }

        @Override
        public void store(UserProfile profile) {
          profiles.put(profile.username(), profile);
        }

        @Override
        public java.util.List<UserProfile> wantingNoticeDigest() {
          return profiles.values().stream().filter(UserProfile::wantsNoticeDigest).toList();
        }

        @Override
        public java.util.List<UserProfile> ofAgency(AgencyCode agency) {
          return profiles.values().stream().filter(p -> p.agency().equals(agency)).toList();
        }
      };

  public CaseworkFixture() {
    ValueHasher hasher = new ValueHasher(new byte[32]);
    service.cases = cases;
    service.fields = fields;
    service.pdp = pdp;
    service.guard = new AccessGuard(pdp, trail);
    service.gate = new ValueGate(pdp, trail, hasher);
    service.indexing = new IdentifierIndexing(matchingIndex, matchKeys, service.gate, fields);
    flagService = MisuseFlagService.over(flags, matchKeys, service.guard, events, clock);
    service.flagsService = flagService;
    service.registry =
        DocumentRegistryService.over(documents, matchKeys, service.guard, null, clock);
    service.capabilities = new Capabilities(pdp);
    service.valueHashes = hasher;
    service.events = events;
    service.clock = clock;
    service.values = new ValueRules(clock);
    service.directory =
        new UserDirectory(
            profileRepository, username -> demoUser(username).map(CaseworkFixture::entry), clock);
  }

  /** A demo user of API.md as the policy sees them. */
  public static Subject as(String username) {
    return demoUser(Username.of(username)).orElseThrow();
  }

  private static Optional<Subject> demoUser(Username username) {
    ClassificationLevel confidential = ClassificationLevel.CONFIDENTIAL;
    Set<Role> investigator = Set.of(Role.INVESTIGATOR);
    Set<Role> spoc = Set.of(Role.SPOC, Role.INVESTIGATOR);
    return Optional.ofNullable(
        switch (username.value()) {
          case "anna.pmy" -> subject(username, "PMY", investigator, confidential);
          case "erik.pmy" -> subject(username, "PMY", investigator, ClassificationLevel.INTERNAL);
          case "petter.pmy" -> subject(username, "PMY", spoc, ClassificationLevel.STRICT);
          case "maria.mig" -> subject(username, "MIG", investigator, confidential);
          case "magnus.mig" -> subject(username, "MIG", spoc, ClassificationLevel.STRICT);
          case "sara.skv" -> subject(username, "SKV", investigator, confidential);
          case "alva.pmy" -> subject(username, "PMY", Set.of(Role.AUDITOR), null);
          case "ivar.imy" -> subject(username, "IMY", Set.of(Role.AUDITOR), null);
          default -> null;
        });
  }

  private static Subject subject(
      Username username, String agency, Set<Role> roles, ClassificationLevel clearance) {
    return new Subject(username, AgencyCode.of(agency), roles, Optional.ofNullable(clearance));
  }

  private static DirectoryEntry entry(Subject s) {
    return new DirectoryEntry(
        s.username(), s.agency(), s.roles(), s.clearance(), s.username().value(), Optional.empty());
  }
}
