package se.knutpunkt.application.identity;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.List;
import se.knutpunkt.domain.agency.Agency;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.agency.AgencyRepository;

/**
 * The agencies Knutpunkt knows (reference data of the schema), for choosing one in a form: the
 * platform's own operators are no agency one names in a case.
 */
@Singleton
@Lock(LockType.READ)
public class Agencies {

  @Inject AgencyRepository repository;

  private volatile List<AgencyCode> codes;

  public List<AgencyCode> all() {
    if (codes == null) {
      codes =
          repository.all().stream()
              .map(Agency::code)
              .filter(code -> !code.equals(AgencyCode.PLATFORM))
              .sorted()
              .toList();
    }
    return codes;
  }
}
