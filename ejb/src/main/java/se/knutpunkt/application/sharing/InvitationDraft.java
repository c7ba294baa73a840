package se.knutpunkt.application.sharing;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseSection;
import se.knutpunkt.domain.sharing.SharingGrounds;

/** What an ID-SPOC fills in to invite another agency, before the service holds it to the rules. */
public record InvitationDraft(
    AgencyCode agency,
    Set<CaseSection> sections,
    String purpose,
    SharingGrounds grounds,
    OffsetDateTime expiresAt) {

  public InvitationDraft {
    Objects.requireNonNull(agency, "agency");
    sections = Set.copyOf(sections);
    Objects.requireNonNull(grounds, "grounds");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
