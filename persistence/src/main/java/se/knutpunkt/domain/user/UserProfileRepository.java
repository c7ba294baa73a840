package se.knutpunkt.domain.user;

import java.util.List;
import java.util.Optional;
import se.knutpunkt.domain.agency.AgencyCode;

public interface UserProfileRepository {

  Optional<UserProfile> find(Username username);

  void store(UserProfile profile);

  /** The people of an agency Knutpunkt has met (to find its ID-SPOCs among them). */
  List<UserProfile> ofAgency(AgencyCode agency);

  /** Those who chose the daily digest of unread notices. */
  List<UserProfile> wantingNoticeDigest();
}
