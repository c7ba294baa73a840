package se.knutpunkt.application.casework;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.knutpunkt.application.misuse.ExaminationView;
import se.knutpunkt.application.misuse.FlagView;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.CaseType;
import se.knutpunkt.domain.casefile.FieldPath;

/** A case as one member may see it, and what that member may do in it. */
public record CaseView(
    CaseId id,
    CaseType type,
    AgencyCode ownerAgency,
    String createdBy,
    OffsetDateTime createdAt,
    List<FieldView> fields,
    List<MemberView> members,
    CaseCapabilities capabilities,
    Map<FieldPath, List<FlagView>> flags,
    Map<FieldPath, List<ExaminationView>> examinations) {

  public CaseView {
    fields = List.copyOf(fields);
    members = List.copyOf(members);
    flags = Map.copyOf(flags);
    examinations = Map.copyOf(examinations);
  }

  /**
   * Examinations in the shared registry that found a document of the case forged or not its
   * holder's, by the document's item path: the warning beside it (issue 15).
   */
  public List<ExaminationView> examinationsOf(FieldPath item) {
    return examinations.getOrDefault(item, List.of());
  }

  /**
   * Flags of suspected misuse in force on an identifier or document the reader sees, by the path of
   * its item: the warning beside the value (issue 15).
   */
  public List<FlagView> flagsOn(FieldPath item) {
    return flags.getOrDefault(item, List.of());
  }

  public Optional<FieldView> field(FieldPath path) {
    return fields.stream().filter(f -> f.path().equals(path)).findFirst();
  }

  /** The title, if the reader may see it. */
  public Optional<String> title() {
    return field(FieldPath.TITLE).flatMap(FieldView::value);
  }
}
