package se.knutpunkt.application.casework;

import java.util.Optional;
import java.util.Set;
import se.knutpunkt.domain.casefile.CaseFile;
import se.knutpunkt.domain.casefile.CaseMember;
import se.knutpunkt.domain.user.Username;
import se.knutpunkt.security.policy.CaseFacts;
import se.knutpunkt.security.policy.Membership;

/**
 * Tells the policy what it needs of a case, as stored: owner, creator, the asker's membership with
 * its scope and period, how many members the owner agency has in it, the agencies taking part, and
 * the value versions disclosed to the asker's agency.
 */
public final class CaseFactsOf {

  private CaseFactsOf() {}

  public static CaseFacts of(CaseFile caseFile, Username asker) {
    Optional<CaseMember> member = caseFile.memberNamed(asker);
    return new CaseFacts(
        caseFile.ownerAgency(),
        caseFile.createdBy(),
        member.map(
            m -> new Membership(m.agency(), m.scope(), m.validUntil().map(at -> at.toInstant()))),
        caseFile.ownerAgencyMembers(),
        caseFile.memberAgencies(),
        member.map(m -> caseFile.disclosedTo(m.agency())).orElse(Set.of()));
  }
}
