package se.knutpunkt.application.casework;

import java.util.List;
import java.util.Set;
import se.knutpunkt.domain.casefile.CaseSection;
import se.knutpunkt.domain.marking.ClassificationLevel;

/**
 * What the reader may do in one case, derived from the policy decision point: pages show buttons by
 * these, never by testing a role or an agency.
 */
public record CaseCapabilities(
    boolean manageMembers,
    Set<CaseSection> writableSections,
    List<ClassificationLevel> markableLevels,
    boolean readsSharing) {

  public CaseCapabilities {
    writableSections = Set.copyOf(writableSections);
    markableLevels = List.copyOf(markableLevels);
  }

  public boolean mayWrite(CaseSection section) {
    return writableSections.contains(section);
  }

  /** For pages: whether the reader may write in the section with this code. */
  public boolean mayWriteIn(String sectionCode) {
    return CaseSection.fromCode(sectionCode).map(writableSections::contains).orElse(false);
  }
}
