package se.knutpunkt.application.notice;

import java.util.Set;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.user.Username;

/** Who was just sent notices: people, and agencies whose ID-SPOC inbox got one. */
public record Recipients(Set<Username> people, Set<AgencyCode> spocInboxes) {

  public Recipients {
    people = Set.copyOf(people);
    spocInboxes = Set.copyOf(spocInboxes);
  }

  public boolean isEmpty() {
    return people.isEmpty() && spocInboxes.isEmpty();
  }
}
