package se.knutpunkt.application.casework;

import java.util.Optional;
import se.knutpunkt.domain.casefile.CaseFile;
import se.knutpunkt.domain.user.Username;
import se.knutpunkt.security.policy.CaseFacts;
import se.knutpunkt.security.policy.Membership;

/** Tells the policy what it needs of a case: owner, creator, and the asker's membership. */
final class CaseFactsOf {

  private CaseFactsOf() {}

  static CaseFacts of(CaseFile caseFile, Username asker) {
    return new CaseFacts(
        caseFile.ownerAgency(),
        caseFile.createdBy(),
        caseFile
            .memberNamed(asker)
            .map(m -> new Membership(m.agency(), m.scope(), Optional.empty())));
  }
}
