package se.knutpunkt.domain.casefile;

import java.util.List;
import java.util.Optional;
import se.knutpunkt.domain.user.Username;

public interface CaseFileRepository {

  void store(CaseFile caseFile);

  Optional<CaseFile> find(CaseId id);

  /** The case, locked until the transaction ends, so that writes to it happen one by one. */
  Optional<CaseFile> findForUpdate(CaseId id);

  /** The cases the person is a member of, newest first. */
  List<CaseFile> casesWithMember(Username username);
}
