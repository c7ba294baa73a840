package se.knutpunkt.application.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.knutpunkt.domain.casefile.CaseFile;
import se.knutpunkt.domain.casefile.CaseFileRepository;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.user.Username;

/** Cases kept in a map, for tests of the services without a database. */
public final class InMemoryCaseFiles implements CaseFileRepository {

  private final Map<CaseId, CaseFile> cases = new LinkedHashMap<>();

  @Override
  public void store(CaseFile caseFile) {
    cases.put(caseFile.id(), caseFile);
  }

  @Override
  public Optional<CaseFile> find(CaseId id) {
    return Optional.ofNullable(cases.get(id));
  }

  @Override
  public Optional<CaseFile> findForUpdate(CaseId id) {
    return find(id);
  }

  @Override
  public List<CaseFile> casesWithMember(Username username) {
    List<CaseFile> found = new ArrayList<>();
    for (CaseFile c : cases.values()) {
      if (c.memberNamed(username).isPresent()) {
        found.add(c);
      }
    }
    found.sort(Comparator.comparing(CaseFile::createdAt).reversed());
    return found;
  }

  public int size() {
    return cases.size();
  }
}
