package se.knutpunkt.domain.agency;

import java.util.List;
import java.util.Optional;

public interface AgencyRepository {

  Optional<Agency> find(AgencyCode code);

  List<Agency> all();
}
