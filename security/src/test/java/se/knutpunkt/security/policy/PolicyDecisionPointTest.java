package se.knutpunkt.security.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseSection;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.casefile.ValueVersion;
import se.knutpunkt.domain.marking.ClassificationLevel;
import se.knutpunkt.domain.marking.LegalReference;
import se.knutpunkt.domain.marking.Marking;
import se.knutpunkt.domain.marking.Releasability;
import se.knutpunkt.domain.user.Role;
import se.knutpunkt.domain.user.Username;
import se.knutpunkt.security.policy.AccessRequest.AddMember;
import se.knutpunkt.security.policy.AccessRequest.CreateCase;
import se.knutpunkt.security.policy.AccessRequest.OpenCase;
import se.knutpunkt.security.policy.AccessRequest.ReadAuditEntry;
import se.knutpunkt.security.policy.AccessRequest.ReadField;
import se.knutpunkt.security.policy.AccessRequest.ReadNotice;
import se.knutpunkt.security.policy.AccessRequest.RemoveMember;
import se.knutpunkt.security.policy.AccessRequest.WriteField;

/**
 * Checks the rules of the security model over every combination of level, clearance, agency, role,
 * releasability, membership and section, against a plain restatement of each rule.
 */
class PolicyDecisionPointTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private final PolicyDecisionPoint pdp = new PolicyDecisionPoint(Clock.fixed(NOW, ZoneOffset.UTC));

  private static final AgencyCode PMY = AgencyCode.of("PMY");
  private static final AgencyCode MIG = AgencyCode.of("MIG");
  private static final AgencyCode SKV = AgencyCode.of("SKV");
  private static final List<AgencyCode> AGENCIES = List.of(PMY, MIG, SKV, AgencyCode.IMY);
  private static final Username CREATOR = Username.of("anna.pmy");

  private static final List<Set<Role>> ROLE_SETS =
      List.of(
          Set.of(Role.INVESTIGATOR),
          Set.of(Role.SPOC, Role.INVESTIGATOR),
          Set.of(Role.SPOC),
          Set.of(Role.AUDITOR),
          Set.of(Role.ADMIN),
          Set.of());

  private static List<Optional<ClassificationLevel>> clearances() {
    List<Optional<ClassificationLevel>> all = new ArrayList<>();
    all.add(Optional.empty());
    for (ClassificationLevel level : ClassificationLevel.values()) {
      all.add(Optional.of(level));
    }
    return all;
  }

  private static List<Releasability> releasabilities() {
    return List.of(
        Releasability.CASE,
        Releasability.toAgencies(Set.of(PMY)),
        Releasability.toAgencies(Set.of(MIG)),
        Releasability.toAgencies(Set.of(PMY, MIG)),
        Releasability.toAgencies(Set.of(SKV)));
  }

  /** Memberships an asker of {@code agency} can hold, including broken and expired ones. */
  private static List<Optional<Membership>> memberships(AgencyCode agency) {
    return List.of(
        Optional.empty(),
        Optional.of(Membership.unlimited(agency)),
        Optional.of(
            new Membership(
                agency,
                EnumSet.of(CaseSection.OVERVIEW, CaseSection.PERSONS),
                Optional.of(NOW.plus(Duration.ofDays(30))))),
        Optional.of(new Membership(agency, CaseSection.all(), Optional.of(NOW.minusSeconds(1)))),
        Optional.of(new Membership(agency, CaseSection.all(), Optional.of(NOW))),
        // a membership held through another agency than the asker's current one
        Optional.of(Membership.unlimited(agency.equals(PMY) ? MIG : PMY)));
  }

  private static Subject subject(
      AgencyCode agency, Set<Role> roles, Optional<ClassificationLevel> clearance) {
    return new Subject(
        Username.of("someone." + agency.value().toLowerCase()), agency, roles, clearance);
  }

  /** A marking as a writer would make it: secret levels name their provision. */
  private static Marking marking(
      ClassificationLevel level, AgencyCode owner, Releasability releasable) {
    return new Marking(
        level,
        owner,
        releasable,
        level.requiresLegalReference()
            ? Optional.of(new LegalReference("OSL 35 kap. 1 §"))
            : Optional.empty(),
        Optional.empty());
  }

  // --- the rules, restated plainly from ARCHITECTURE.md "Security model" ---

  private static boolean worksCases(Set<Role> roles) {
    return roles.contains(Role.INVESTIGATOR) || roles.contains(Role.SPOC);
  }

  private static boolean validMember(Subject s, Optional<Membership> m) {
    return m.isPresent()
        && m.get().agency().equals(s.agency())
        && (m.get().validUntil().isEmpty() || m.get().validUntil().get().isAfter(NOW));
  }

  private static boolean maySee(
      Subject s, Optional<Membership> m, CaseSection section, Marking marking) {
    return worksCases(s.roles())
        && validMember(s, m)
        && m.get().scope().contains(section)
        && (marking.owner().equals(s.agency()) || marking.releasable().releasesTo(s.agency()))
        && s.clearance().isPresent()
        && s.clearance().get().ordinal() >= marking.level().ordinal();
  }

  @Test
  void aValueIsSentOnlyToAClearedMemberWithTheSectionInScopeAndReleasedToTheirAgency() {
    int permits = 0;
    int denials = 0;
    for (AgencyCode agency : AGENCIES) {
      for (Set<Role> roles : ROLE_SETS) {
        for (Optional<ClassificationLevel> clearance : clearances()) {
          Subject s = subject(agency, roles, clearance);
          for (Optional<Membership> membership : memberships(agency)) {
            CaseFacts facts = new CaseFacts(PMY, CREATOR, membership, 2);
            for (CaseSection section : CaseSection.values()) {
              for (ClassificationLevel level : ClassificationLevel.values()) {
                for (AgencyCode owner : List.of(PMY, MIG)) {
                  for (Releasability releasable : releasabilities()) {
                    Marking marking = marking(level, owner, releasable);
                    Decision decision = pdp.decide(new ReadField(s, facts, section, marking));
                    boolean expected = maySee(s, membership, section, marking);
                    assertThat(decision.permitted())
                        .as("%s reads %s in %s with %s", s, marking, section, membership)
                        .isEqualTo(expected);
                    if (expected) {
                      permits++;
                      assertThat(decision.reason()).isEqualTo(Reason.RELEASED_TO_READER);
                    } else {
                      denials++;
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    assertThat(permits).isGreaterThan(1000);
    assertThat(denials).isGreaterThan(permits);
  }

  @Test
  void denialsNameTheirReason() {
    Subject erik =
        subject(PMY, Set.of(Role.INVESTIGATOR), Optional.of(ClassificationLevel.INTERNAL));
    CaseFacts member = new CaseFacts(PMY, CREATOR, Optional.of(Membership.unlimited(PMY)), 2);
    Marking confidential = marking(ClassificationLevel.CONFIDENTIAL, PMY, Releasability.CASE);
    assertThat(pdp.decide(new ReadField(erik, member, CaseSection.OVERVIEW, confidential)).reason())
        .isEqualTo(Reason.CLEARANCE_BELOW_LEVEL);

    CaseFacts stranger = new CaseFacts(PMY, CREATOR, Optional.empty(), 2);
    assertThat(pdp.decide(new OpenCase(erik, stranger)).reason()).isEqualTo(Reason.NOT_A_MEMBER);

    Subject auditor = subject(PMY, Set.of(Role.AUDITOR), Optional.empty());
    assertThat(pdp.decide(new OpenCase(auditor, member)).reason())
        .isEqualTo(Reason.NOT_CASE_WORKER);

    Marking onlyMig =
        new Marking(
            ClassificationLevel.OPEN,
            MIG,
            Releasability.toAgencies(Set.of(MIG)),
            Optional.empty(),
            Optional.empty());
    assertThat(pdp.decide(new ReadField(erik, member, CaseSection.NOTES, onlyMig)).reason())
        .isEqualTo(Reason.NOT_RELEASABLE_TO_AGENCY);
  }

  @Test
  void openingACaseNeedsAValidMembershipOfOnesOwnAgencyAndACaseWorkingRole() {
    for (AgencyCode agency : AGENCIES) {
      for (Set<Role> roles : ROLE_SETS) {
        for (Optional<ClassificationLevel> clearance : clearances()) {
          Subject s = subject(agency, roles, clearance);
          for (Optional<Membership> membership : memberships(agency)) {
            boolean expected = worksCases(roles) && validMember(s, membership);
            assertThat(
                    pdp.decide(new OpenCase(s, new CaseFacts(PMY, CREATOR, membership, 2)))
                        .permitted())
                .as("%s opens with %s", s, membership)
                .isEqualTo(expected);
          }
        }
      }
    }
  }

  @Test
  void aNoticeIsReadByAValidMemberOrByAnIdSpocOfAnAgencyInTheCase() {
    for (AgencyCode agency : AGENCIES) {
      for (Set<Role> roles : ROLE_SETS) {
        Subject s = subject(agency, roles, Optional.of(ClassificationLevel.STRICT));
        for (Optional<Membership> membership : memberships(agency)) {
          for (Set<AgencyCode> inCase : List.of(Set.of(PMY), Set.of(PMY, MIG))) {
            CaseFacts facts = new CaseFacts(PMY, CREATOR, membership, 2, inCase);
            assertThat(pdp.decide(new ReadNotice(s, facts, false)).permitted())
                .as("%s reads a notice addressed to them with %s", s, membership)
                .isEqualTo(worksCases(roles) && validMember(s, membership));
            assertThat(pdp.decide(new ReadNotice(s, facts, true)).permitted())
                .as("%s reads the ID-SPOC inbox of a case of %s", s, inCase)
                .isEqualTo(roles.contains(Role.SPOC) && facts.memberAgencies().contains(agency));
            if (pdp.decide(new ReadNotice(s, facts, true)).permitted()) {
              assertThat(pdp.readsSpocInbox(s)).as("%s has an ID-SPOC inbox", s).isTrue();
            }
          }
        }
      }
    }
  }

  @Test
  void onlyCaseWorkersKeepWatches() {
    for (AgencyCode agency : AGENCIES) {
      for (Set<Role> roles : ROLE_SETS) {
        Subject s = subject(agency, roles, Optional.empty());
        assertThat(pdp.decide(new AccessRequest.WatchIdentifier(s)).permitted())
            .as("%s keeps watches", s)
            .isEqualTo(worksCases(roles));
      }
    }
  }

  @Test
  void onlyCaseWorkersListCases() {
    for (Set<Role> roles : ROLE_SETS) {
      Subject s = subject(PMY, roles, Optional.of(ClassificationLevel.STRICT));
      assertThat(pdp.decide(new AccessRequest.ListCases(s)).permitted())
          .as("%s lists cases", s)
          .isEqualTo(worksCases(roles));
    }
  }

  @Test
  void onlyInvestigatorsCreateCases() {
    for (Set<Role> roles : ROLE_SETS) {
      for (Optional<ClassificationLevel> clearance : clearances()) {
        Subject s = subject(PMY, roles, clearance);
        assertThat(pdp.decide(new CreateCase(s)).permitted())
            .as("%s creates a case", s)
            .isEqualTo(roles.contains(Role.INVESTIGATOR));
      }
    }
  }

  @Test
  void aWriterMustSeeTheSectionBeClearedForTheNewMarkingAndSeeTheValueItReplaces() {
    int permits = 0;
    for (AgencyCode agency : AGENCIES) {
      for (Set<Role> roles : ROLE_SETS) {
        for (Optional<ClassificationLevel> clearance : clearances()) {
          Subject s = subject(agency, roles, clearance);
          for (Optional<Membership> membership : memberships(agency)) {
            CaseFacts facts = new CaseFacts(PMY, CREATOR, membership, 2);
            for (CaseSection section : CaseSection.values()) {
              for (ClassificationLevel newLevel : ClassificationLevel.values()) {
                for (AgencyCode newOwner : List.of(agency, agency.equals(PMY) ? MIG : PMY)) {
                  Marking proposed = marking(newLevel, newOwner, Releasability.CASE);
                  for (Optional<Marking> current : currentMarkings()) {
                    boolean expected =
                        worksCases(roles)
                            && validMember(s, membership)
                            && membership.get().scope().contains(section)
                            && newOwner.equals(agency)
                            && clearance.isPresent()
                            && clearance.get().ordinal() >= newLevel.ordinal()
                            && (current.isEmpty() || maySee(s, membership, section, current.get()));
                    Decision decision =
                        pdp.decide(new WriteField(s, facts, section, proposed, current));
                    assertThat(decision.permitted())
                        .as("%s writes %s over %s in %s", s, proposed, current, section)
                        .isEqualTo(expected);
                    if (expected) {
                      permits++;
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    assertThat(permits).isGreaterThan(100);
  }

  private static List<Optional<Marking>> currentMarkings() {
    List<Optional<Marking>> all = new ArrayList<>();
    all.add(Optional.empty());
    for (ClassificationLevel level : ClassificationLevel.values()) {
      all.add(Optional.of(marking(level, PMY, Releasability.CASE)));
      all.add(Optional.of(marking(level, MIG, Releasability.toAgencies(Set.of(MIG)))));
    }
    return all;
  }

  @Test
  void membersAreAddedByTheSpocOfTheirOwnAgencyInTheCaseOrByTheCreatorForTheOwner() {
    List<Username> askers = List.of(CREATOR, Username.of("petter.pmy"), Username.of("maria.mig"));
    int permits = 0;
    for (Username asker : askers) {
      for (AgencyCode agency : AGENCIES) {
        for (Set<Role> roles : ROLE_SETS) {
          Subject s = new Subject(asker, agency, roles, Optional.of(ClassificationLevel.STRICT));
          for (Optional<Membership> membership : memberships(agency)) {
            CaseFacts facts = new CaseFacts(PMY, CREATOR, membership, 2);
            for (AgencyCode targetAgency : AGENCIES) {
              for (Set<Role> targetRoles : ROLE_SETS) {
                Person target = new Person(Username.of("new.member"), targetAgency, targetRoles);
                boolean spocOfOwner = roles.contains(Role.SPOC) && agency.equals(PMY);
                // an agency is in the case once it has members in it (through an invitation)
                boolean spocOfAgencyInCase =
                    roles.contains(Role.SPOC)
                        && !agency.equals(PMY)
                        && membership.map(m -> m.agency().equals(agency)).orElse(false);
                boolean creator =
                    asker.equals(CREATOR) && worksCases(roles) && validMember(s, membership);
                // an ID-SPOC manages their own agency's members before anything a creator may
                boolean forOwner = spocOfOwner || (creator && !spocOfAgencyInCase);
                boolean forOwnAgency = !spocOfOwner && spocOfAgencyInCase;
                boolean mayManage =
                    worksCases(roles)
                        && ((forOwner && targetAgency.equals(PMY))
                            || (forOwnAgency && targetAgency.equals(agency)));
                assertThat(pdp.decide(new AddMember(s, facts, target)).permitted())
                    .as("%s adds %s with %s", s, target, membership)
                    .isEqualTo(mayManage && worksCases(targetRoles));
                assertThat(pdp.decide(new AccessRequest.ManageMembers(s, facts)).permitted())
                    .as("%s manages members with %s", s, membership)
                    .isEqualTo(worksCases(roles) && (spocOfOwner || creator || spocOfAgencyInCase));
                assertThat(pdp.decide(new RemoveMember(s, facts, target)).permitted())
                    .as("%s removes %s with %s", s, target, membership)
                    .isEqualTo(mayManage);
                if (mayManage) {
                  permits++;
                }
              }
            }
          }
        }
      }
    }
    assertThat(permits).isGreaterThan(10);
  }

  @Test
  void aCaseAlwaysKeepsOneMemberOfItsOwnerAgency() {
    Subject spoc =
        new Subject(
            Username.of("petter.pmy"),
            PMY,
            Set.of(Role.SPOC, Role.INVESTIGATOR),
            Optional.of(ClassificationLevel.STRICT));
    Subject creator =
        new Subject(
            CREATOR, PMY, Set.of(Role.INVESTIGATOR), Optional.of(ClassificationLevel.CONFIDENTIAL));
    Person theCreator = new Person(CREATOR, PMY, Set.of(Role.INVESTIGATOR));
    Person colleague = new Person(Username.of("erik.pmy"), PMY, Set.of(Role.INVESTIGATOR));
    Optional<Membership> member = Optional.of(Membership.unlimited(PMY));

    CaseFacts alone = new CaseFacts(PMY, CREATOR, member, 1);
    assertThat(pdp.decide(new RemoveMember(creator, alone, theCreator)).reason())
        .isEqualTo(Reason.LAST_MEMBER_OF_OWNER_AGENCY);
    assertThat(pdp.decide(new RemoveMember(spoc, alone, theCreator)).reason())
        .isEqualTo(Reason.LAST_MEMBER_OF_OWNER_AGENCY);

    CaseFacts two = new CaseFacts(PMY, CREATOR, member, 2);
    assertThat(pdp.decide(new RemoveMember(spoc, two, theCreator)).permitted()).isTrue();
    assertThat(pdp.decide(new RemoveMember(creator, two, colleague)).permitted()).isTrue();
    assertThat(pdp.decide(new RemoveMember(creator, two, theCreator)).permitted()).isTrue();
  }

  @Test
  void aDisclosedVersionReachesAClearedValidMemberOfTheAgencyWhateverItsScopeAndReleasability() {
    FieldPath path = FieldPath.of("notes.n1.text");
    ValueVersion disclosed = new ValueVersion(path, 3);
    int permittedByDisclosure = 0;
    for (AgencyCode agency : AGENCIES) {
      for (Set<Role> roles : ROLE_SETS) {
        for (Optional<ClassificationLevel> clearance : clearances()) {
          Subject s = subject(agency, roles, clearance);
          for (Optional<Membership> membership : memberships(agency)) {
            CaseFacts facts =
                new CaseFacts(PMY, CREATOR, membership, 2, Set.of(), Set.of(disclosed));
            for (ClassificationLevel level : ClassificationLevel.values()) {
              for (Releasability releasable : releasabilities()) {
                Marking marking = marking(level, PMY, releasable);
                for (long version : new long[] {2, 3, 4}) {
                  Decision decision =
                      pdp.decide(
                          new ReadField(
                              s,
                              facts,
                              CaseSection.NOTES,
                              marking,
                              Optional.of(new ValueVersion(path, version))));
                  boolean normally = maySee(s, membership, CaseSection.NOTES, marking);
                  boolean byDisclosure =
                      version == 3
                          && worksCases(roles)
                          && validMember(s, membership)
                          && clearance.map(c -> c.ordinal() >= level.ordinal()).orElse(false);
                  assertThat(decision.permitted())
                      .as("%s reads v%d of %s with %s", s, version, marking, membership)
                      .isEqualTo(normally || byDisclosure);
                  if (byDisclosure && !normally) {
                    permittedByDisclosure++;
                    assertThat(decision.reason()).isEqualTo(Reason.DISCLOSED_TO_AGENCY);
                  }
                }
              }
            }
          }
        }
      }
    }
    assertThat(permittedByDisclosure).isGreaterThan(100);
    // a reader the disclosure does not reach (below the level) is refused as without it, so that
    // a value outside their scope shows no version
    Subject lowly =
        subject(MIG, Set.of(Role.INVESTIGATOR), Optional.of(ClassificationLevel.INTERNAL));
    Optional<Membership> inOverview =
        Optional.of(
            new Membership(
                MIG, EnumSet.of(CaseSection.OVERVIEW), Optional.of(NOW.plus(Duration.ofDays(9)))));
    assertThat(
            pdp.decide(
                    new ReadField(
                        lowly,
                        new CaseFacts(PMY, CREATOR, inOverview, 2, Set.of(), Set.of(disclosed)),
                        CaseSection.NOTES,
                        marking(ClassificationLevel.CONFIDENTIAL, PMY, Releasability.CASE),
                        Optional.of(disclosed)))
                .reason())
        .isEqualTo(Reason.SECTION_NOT_IN_SCOPE);
  }

  @Test
  void onlyTheOwnersSpocInvitesAnotherAgencyNotYetInTheCase() {
    Optional<Membership> none = Optional.empty();
    for (AgencyCode agency : AGENCIES) {
      for (Set<Role> roles : ROLE_SETS) {
        Subject s = subject(agency, roles, Optional.of(ClassificationLevel.STRICT));
        for (AgencyCode invited : AGENCIES) {
          CaseFacts facts = new CaseFacts(PMY, CREATOR, none, 1, Set.of(SKV));
          Decision decision = pdp.decide(new AccessRequest.InviteAgency(s, facts, invited));
          boolean expected =
              roles.contains(Role.SPOC)
                  && agency.equals(PMY)
                  && !invited.equals(PMY)
                  && !invited.equals(SKV);
          assertThat(decision.permitted()).as("%s invites %s", s, invited).isEqualTo(expected);
          if (roles.contains(Role.SPOC) && agency.equals(PMY) && invited.equals(PMY)) {
            assertThat(decision.reason()).isEqualTo(Reason.INVITING_OWN_AGENCY);
          }
          if (roles.contains(Role.SPOC) && agency.equals(PMY) && invited.equals(SKV)) {
            assertThat(decision.reason()).isEqualTo(Reason.AGENCY_ALREADY_IN_CASE);
          }
          assertThat(pdp.decide(new AccessRequest.RevokeInvitation(s, facts)).permitted())
              .isEqualTo(roles.contains(Role.SPOC) && agency.equals(PMY));
        }
      }
    }
  }

  @Test
  void onlyTheInvitedAgencysSpocAnswersAndOnlyItsCaseWorkersJoin() {
    Person maria = new Person(Username.of("maria.mig"), MIG, Set.of(Role.INVESTIGATOR));
    Person auditor = new Person(Username.of("audit.mig"), MIG, Set.of(Role.AUDITOR));
    Person sara = new Person(Username.of("sara.skv"), SKV, Set.of(Role.INVESTIGATOR));
    for (AgencyCode agency : AGENCIES) {
      for (Set<Role> roles : ROLE_SETS) {
        Subject s = subject(agency, roles, Optional.of(ClassificationLevel.STRICT));
        boolean invitedSpoc = roles.contains(Role.SPOC) && agency.equals(MIG);
        assertThat(
                pdp.decide(new AccessRequest.AcceptInvitation(s, MIG, List.of(maria))).permitted())
            .as("%s accepts", s)
            .isEqualTo(invitedSpoc);
        assertThat(pdp.decide(new AccessRequest.DeclineInvitation(s, MIG)).permitted())
            .isEqualTo(invitedSpoc);
        assertThat(pdp.decide(new AccessRequest.ReadInvitation(s, PMY, MIG)).permitted())
            .isEqualTo(roles.contains(Role.SPOC) && (agency.equals(MIG) || agency.equals(PMY)));
        if (invitedSpoc) {
          assertThat(pdp.decide(new AccessRequest.AcceptInvitation(s, MIG, List.of(sara))).reason())
              .isEqualTo(Reason.MEMBER_OF_OTHER_AGENCY);
          assertThat(
                  pdp.decide(new AccessRequest.AcceptInvitation(s, MIG, List.of(auditor))).reason())
              .isEqualTo(Reason.MEMBER_NOT_CASE_WORKER);
        }
      }
    }
  }

  @Test
  void aMemberAsksOnlyForAValueWithheldFromThemThatADisclosureCouldShow() {
    FieldPath path = FieldPath.of("persons.p1.name");
    ValueVersion value = new ValueVersion(path, 1);
    Optional<Membership> mig =
        Optional.of(
            new Membership(
                MIG, EnumSet.of(CaseSection.PERSONS), Optional.of(NOW.plus(Duration.ofDays(9)))));
    CaseFacts facts = new CaseFacts(PMY, CREATOR, mig, 1);
    Subject maria =
        new Subject(
            Username.of("maria.mig"),
            MIG,
            Set.of(Role.INVESTIGATOR),
            Optional.of(ClassificationLevel.CONFIDENTIAL));
    Marking pmyOnly =
        marking(ClassificationLevel.CONFIDENTIAL, PMY, Releasability.toAgencies(Set.of(PMY)));
    Marking toCase = marking(ClassificationLevel.INTERNAL, PMY, Releasability.CASE);
    Marking strict =
        marking(ClassificationLevel.STRICT, PMY, Releasability.toAgencies(Set.of(PMY)));
    assertThat(
            pdp.decide(
                    new AccessRequest.RequestDisclosure(
                        maria, facts, CaseSection.PERSONS, pmyOnly, value))
                .reason())
        .isEqualTo(Reason.MEMBER_MAY_REQUEST);
    assertThat(
            pdp.decide(
                    new AccessRequest.RequestDisclosure(
                        maria, facts, CaseSection.NOTES, toCase, value))
                .reason())
        .isEqualTo(Reason.MEMBER_MAY_REQUEST);
    assertThat(
            pdp.decide(
                    new AccessRequest.RequestDisclosure(
                        maria, facts, CaseSection.PERSONS, toCase, value))
                .reason())
        .isEqualTo(Reason.ALREADY_RELEASED);
    assertThat(
            pdp.decide(
                    new AccessRequest.RequestDisclosure(
                        maria, facts, CaseSection.PERSONS, strict, value))
                .reason())
        .isEqualTo(Reason.DISCLOSURE_CANNOT_RAISE_CLEARANCE);
    Subject outsider =
        subject(SKV, Set.of(Role.INVESTIGATOR), Optional.of(ClassificationLevel.STRICT));
    assertThat(
            pdp.decide(
                    new AccessRequest.RequestDisclosure(
                        outsider,
                        new CaseFacts(PMY, CREATOR, Optional.empty(), 1),
                        CaseSection.PERSONS,
                        pmyOnly,
                        value))
                .permitted())
        .isFalse();
    for (AgencyCode agency : AGENCIES) {
      for (Set<Role> roles : ROLE_SETS) {
        Subject s = subject(agency, roles, Optional.of(ClassificationLevel.STRICT));
        assertThat(pdp.decide(new AccessRequest.DecideDisclosure(s, PMY)).permitted())
            .isEqualTo(roles.contains(Role.SPOC) && agency.equals(PMY));
      }
    }
  }

  @Test
  void aNoticeOfAnInvitationReachesTheInvitedAgencysSpocsBeforeItTakesPart() {
    CaseFacts facts = new CaseFacts(PMY, CREATOR, Optional.empty(), 1);
    for (AgencyCode agency : AGENCIES) {
      for (Set<Role> roles : ROLE_SETS) {
        Subject s = subject(agency, roles, Optional.of(ClassificationLevel.STRICT));
        boolean spoc = roles.contains(Role.SPOC);
        assertThat(pdp.decide(new ReadNotice(s, facts, true, Optional.of(MIG))).permitted())
            .as("%s reads the invitation notice", s)
            .isEqualTo(spoc && (agency.equals(MIG) || agency.equals(PMY)));
        assertThat(pdp.decide(new ReadNotice(s, facts, false, Optional.of(MIG))).permitted())
            .isFalse();
      }
    }
  }

  @Test
  void everyKindOfRequestHasARuleOfItsOwn() {
    Class<?>[] kinds = AccessRequest.class.getPermittedSubclasses();
    assertThat(kinds).hasSizeGreaterThanOrEqualTo(Action.values().length);
    for (Class<?> kind : kinds) {
      assertThat(pdp.hasRuleFor(kind.asSubclass(AccessRequest.class)))
          .as("a rule for %s", kind.getSimpleName())
          .isTrue();
    }
  }

  @Test
  void auditorsSeeEntriesOfTheirAgencyAndTheSupervisoryAuthoritySeesAll() {
    for (AgencyCode agency : AGENCIES) {
      for (Set<Role> roles : ROLE_SETS) {
        Subject s = subject(agency, roles, Optional.empty());
        for (AgencyCode actorAgency : AGENCIES) {
          List<Optional<AgencyCode>> owners = new ArrayList<>();
          owners.add(Optional.empty());
          AGENCIES.forEach(a -> owners.add(Optional.of(a)));
          for (Optional<AgencyCode> owner : owners) {
            boolean expected =
                roles.contains(Role.AUDITOR)
                    && (agency.equals(AgencyCode.IMY)
                        || agency.equals(actorAgency)
                        || owner.map(agency::equals).orElse(false));
            assertThat(pdp.decide(new ReadAuditEntry(s, actorAgency, owner)).permitted())
                .as("%s reads an entry by %s on %s", s, actorAgency, owner)
                .isEqualTo(expected);
            assertThat(pdp.auditReach(s).covers(actorAgency, owner))
                .as("%s's reach covers an entry by %s on %s", s, actorAgency, owner)
                .isEqualTo(expected);
          }
        }
      }
    }
  }

  @Test
  void onlyAuditorsReadTheWholeLogToVerifyIt() {
    for (AgencyCode agency : AGENCIES) {
      for (Set<Role> roles : ROLE_SETS) {
        Subject s = subject(agency, roles, Optional.of(ClassificationLevel.STRICT));
        assertThat(pdp.decide(new AccessRequest.ReadAuditLog(s)).permitted())
            .as("%s reads the whole log", s)
            .isEqualTo(roles.contains(Role.AUDITOR));
        assertThat(pdp.decide(new AccessRequest.AddCosignature(s)).permitted())
            .as("%s brings a witness's cosignature", s)
            .isEqualTo(roles.contains(Role.AUDITOR));
        assertThat(pdp.auditReach(s).isNothing())
            .as("%s reaches no entry", s)
            .isEqualTo(!roles.contains(Role.AUDITOR));
      }
    }
  }

  @Test
  void everyDecisionCarriesItsAction() {
    Subject s = subject(PMY, Set.of(Role.INVESTIGATOR), Optional.of(ClassificationLevel.OPEN));
    assertThat(pdp.decide(new CreateCase(s)).action()).isEqualTo(Action.CREATE_CASE);
    assertThat(
            pdp.decide(new OpenCase(s, new CaseFacts(PMY, CREATOR, Optional.empty(), 2))).action())
        .isEqualTo(Action.OPEN_CASE);
  }
}
