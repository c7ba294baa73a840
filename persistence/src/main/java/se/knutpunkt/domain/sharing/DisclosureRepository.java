package se.knutpunkt.domain.sharing;

import java.util.List;
import java.util.Optional;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.ValueVersion;

public interface DisclosureRepository {

  void store(DisclosureRequest request);

  Optional<DisclosureRequest> find(String id);

  /** The request, its row locked until the transaction ends (decided once). */
  Optional<DisclosureRequest> findForUpdate(String id);

  /** Every request made in the case, oldest first. */
  List<DisclosureRequest> ofCase(CaseId caseId);

  /** Requests for values an agency owns that wait for its ID-SPOC's decision, oldest first. */
  List<DisclosureRequest> pendingFor(AgencyCode valueOwner);

  /** A request of the agency for that value version still waiting for a decision. */
  Optional<DisclosureRequest> pending(CaseId caseId, ValueVersion value, AgencyCode requester);
}
