package se.knutpunkt.application.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.ValueVersion;
import se.knutpunkt.domain.sharing.DisclosureRepository;
import se.knutpunkt.domain.sharing.DisclosureRequest;
import se.knutpunkt.domain.sharing.DisclosureState;

/** Disclosure requests kept in a list, for tests without a database. */
public final class InMemoryDisclosures implements DisclosureRepository {

  private final List<DisclosureRequest> requests = new ArrayList<>();

  @Override
  public void store(DisclosureRequest request) {
    requests.add(request);
  }

  @Override
  public Optional<DisclosureRequest> find(String id) {
    return requests.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  @Override
  public Optional<DisclosureRequest> findForUpdate(String id) {
    return find(id);
  }

  @Override
  public List<DisclosureRequest> ofCase(CaseId caseId) {
    return requests.stream().filter(r -> r.caseId().equals(caseId)).toList();
  }

  @Override
  public List<DisclosureRequest> pendingFor(AgencyCode valueOwner) {
    return requests.stream()
        .filter(r -> r.valueOwner().equals(valueOwner) && r.state() == DisclosureState.PENDING)
        .toList();
  }

  @Override
  public Optional<DisclosureRequest> pending(
      CaseId caseId, ValueVersion value, AgencyCode requester) {
    return requests.stream()
        .filter(
            r ->
                r.caseId().equals(caseId)
                    && r.value().equals(value)
                    && r.requesterAgency().equals(requester)
                    && r.state() == DisclosureState.PENDING)
        .findFirst();
  }
}
