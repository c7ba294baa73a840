package se.knutpunkt.application.casework;

import se.knutpunkt.domain.casefile.CaseFile;
import se.knutpunkt.domain.user.Username;
import se.knutpunkt.security.policy.CaseFacts;
import se.knutpunkt.security.policy.Membership;

/**
 * Tells the policy what it needs of a case, as stored: owner, creator, the asker's membership with
 * its scope and period, and how many members the owner agency has in it.
 */
public final class CaseFactsOf {

  private CaseFactsOf() {}

  public static CaseFacts of(CaseFile caseFile, Username asker) {
    return new CaseFacts(
        caseFile.ownerAgency(),
        caseFile.createdBy(),
        caseFile
            .memberNamed(asker)
            .map(
                m ->
                    new Membership(
                        m.agency(), m.scope(), m.validUntil().map(at -> at.toInstant()))),
        caseFile.ownerAgencyMembers(),
        caseFile.memberAgencies());
  }
}
