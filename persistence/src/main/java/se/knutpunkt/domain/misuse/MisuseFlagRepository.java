package se.knutpunkt.domain.misuse;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import se.knutpunkt.domain.agency.AgencyCode;

public interface MisuseFlagRepository {

  void store(MisuseFlag flag);

  Optional<MisuseFlag> find(long id);

  /** The flag one agency has on the identifier with this key, in force or withdrawn. */
  Optional<MisuseFlag> ofAgency(byte[] matchKey, AgencyCode agency);

  /** The flags in force on the identifiers with these keys, oldest first: one query for a case. */
  List<MisuseFlag> inForce(Collection<byte[]> matchKeys);

  /** An agency's own flags, newest first. */
  List<MisuseFlag> ofAgency(AgencyCode agency, int limit);
}
