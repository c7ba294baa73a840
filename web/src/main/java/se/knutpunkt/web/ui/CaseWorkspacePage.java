package se.knutpunkt.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import se.knutpunkt.application.StaleVersionException;
import se.knutpunkt.application.casework.CaseService;
import se.knutpunkt.application.casework.CaseView;
import se.knutpunkt.application.casework.FieldView;
import se.knutpunkt.application.casework.MemberView;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.marking.ClassificationLevel;
import se.knutpunkt.domain.marking.HandlingCode;
import se.knutpunkt.domain.marking.LegalReference;
import se.knutpunkt.domain.marking.Marking;
import se.knutpunkt.domain.marking.Releasability;
import se.knutpunkt.domain.user.Username;

/**
 * The case workspace at {@code /cases/{id}}: the fields a member may see (and placeholders for the
 * rest), writing a field under a marking, and the members.
 */
@Named
@ViewScoped
public class CaseWorkspacePage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String RELEASE_TO_CASE = "CASE";
  private static final String RELEASE_TO_AGENCIES = "AGENCIES";

  @Inject transient CaseService cases;
  @Inject transient UserSession user;
  @Inject transient Failures failures;
  @Inject transient Texts texts;

  private CaseId caseId;
  private CaseView view;

  private boolean editing;
  private String editPath;
  private String editValue;
  private long editBaseVersion;
  private ClassificationLevel editLevel = ClassificationLevel.INTERNAL;
  private String editLegalReference;
  private HandlingCode editHandlingCode;
  private String editReleasable = RELEASE_TO_CASE;
  private List<String> editAgencies = new ArrayList<>();

  private String newMember;

  @PostConstruct
  void load() {
    Object requested =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestMap()
            .get(CaseWorkspaceRoute.CASE_ID);
    caseId = requested == null ? null : CaseId.parse(requested.toString()).orElse(null);
    if (caseId == null) {
      texts.error("error.notFound");
      return;
    }
    reload();
  }

  private void reload() {
    try {
      view = cases.open(user.subject(), caseId);
    } catch (RuntimeException e) {
      view = null;
      failures.show(e);
    }
  }

  public void startEdit(FieldView field) {
    editing = true;
    editPath = field.path().value();
    editValue = field.value().orElse("");
    editBaseVersion = field.version().orElse(0);
    Marking marking = field.marking();
    editLevel = marking.level();
    editLegalReference = marking.legalReference().map(LegalReference::text).orElse(null);
    editHandlingCode = marking.handlingCode().orElse(null);
    if (marking.releasable() instanceof Releasability.ToAgencies agencies) {
      editReleasable = RELEASE_TO_AGENCIES;
      editAgencies =
          agencies.agencies().stream().map(AgencyCode::value).collect(Collectors.toList());
    } else {
      editReleasable = RELEASE_TO_CASE;
      editAgencies = new ArrayList<>();
    }
  }

  /** Starts writing a field that may not exist yet: {@code notes.new} makes a new note. */
  public void startNew(String path) {
    String actual =
        "notes.new".equals(path)
            ? "notes." + UUID.randomUUID().toString().substring(0, 8) + ".text"
            : path;
    Optional<FieldView> existing =
        view == null ? Optional.empty() : view.field(FieldPath.of(actual));
    if (existing.isPresent()) {
      startEdit(existing.get());
      return;
    }
    editing = true;
    editPath = actual;
    editValue = "";
    editBaseVersion = 0;
    editLevel = ClassificationLevel.INTERNAL;
    editLegalReference = null;
    editHandlingCode = null;
    editReleasable = RELEASE_TO_CASE;
    editAgencies = new ArrayList<>();
  }

  public void cancelEdit() {
    editing = false;
  }

  public void save() {
    if (editLevel != null
        && editLevel.requiresLegalReference()
        && (editLegalReference == null || editLegalReference.isBlank())) {
      texts.error("workspace.write.legalReferenceRequired", texts.get("level." + editLevel.name()));
      return;
    }
    try {
      Marking marking =
          new Marking(
              editLevel,
              user.subject().agency(),
              releasability(),
              Optional.ofNullable(editLegalReference)
                  .filter(s -> !s.isBlank())
                  .map(LegalReference::new),
              Optional.ofNullable(editHandlingCode));
      long version =
          cases.writeField(
              user.subject(),
              caseId,
              FieldPath.of(editPath),
              editValue,
              editBaseVersion,
              Optional.of(marking));
      texts.info("workspace.saved", version);
      editing = false;
      reload();
    } catch (StaleVersionException stale) {
      editBaseVersion = stale.currentVersion();
      texts.error("workspace.stale", stale.currentVersion());
      stale.currentValue().ifPresent(current -> texts.error("workspace.stale.current", current));
      reload();
    } catch (IllegalArgumentException invalid) {
      texts.error("workspace.write.invalidMarking");
    } catch (RuntimeException e) {
      failures.show(e);
    }
  }

  private Releasability releasability() {
    if (RELEASE_TO_AGENCIES.equals(editReleasable)) {
      Set<AgencyCode> agencies =
          editAgencies.stream().map(AgencyCode::of).collect(Collectors.toSet());
      agencies.add(user.subject().agency());
      return Releasability.toAgencies(agencies);
    }
    return Releasability.CASE;
  }

  public void addMember() {
    try {
      Username username = Username.of(newMember == null ? "" : newMember.strip());
      cases.addMember(user.subject(), caseId, username);
      texts.info("workspace.members.added", username.value());
      newMember = null;
      reload();
    } catch (IllegalArgumentException invalid) {
      texts.error("workspace.members.invalidUsername");
    } catch (RuntimeException e) {
      failures.show(e);
    }
  }

  public void removeMember(MemberView member) {
    try {
      cases.removeMember(user.subject(), caseId, member.username());
      texts.info("workspace.members.removed", member.username().value());
      reload();
    } catch (RuntimeException e) {
      failures.show(e);
    }
  }

  public String label(FieldView field) {
    return texts.fieldLabel(field.path());
  }

  public String placeholder(FieldView field) {
    return texts.get(
        field.inScope() ? "workspace.redacted" : "workspace.outOfScope",
        texts.get("level." + field.marking().level().name()),
        field.marking().owner().value());
  }

  public String markingSummary(FieldView field) {
    return texts.markingSummary(field.marking());
  }

  /** The levels the writer may choose: none above their own clearance (the policy says which). */
  public List<ClassificationLevel> getLevels() {
    return view == null ? List.of() : view.capabilities().markableLevels();
  }

  public HandlingCode[] getHandlingCodes() {
    return HandlingCode.values();
  }

  /** Agencies a value can be released to: those in the case. */
  public List<String> getCaseAgencies() {
    Set<String> agencies = new TreeSet<>();
    if (view != null) {
      agencies.add(view.ownerAgency().value());
      view.members().forEach(m -> agencies.add(m.agency().value()));
    }
    return new ArrayList<>(agencies);
  }

  public boolean isFound() {
    return view != null;
  }

  public CaseView getView() {
    return view;
  }

  public String getTitle() {
    return view == null ? "" : view.title().orElse(texts.get("cases.titleRedacted"));
  }

  public boolean isEditing() {
    return editing;
  }

  public String getEditPath() {
    return editPath;
  }

  public String getEditLabel() {
    return editPath == null ? "" : texts.fieldLabel(FieldPath.of(editPath));
  }

  public String getEditValue() {
    return editValue;
  }

  public void setEditValue(String editValue) {
    this.editValue = editValue;
  }

  public ClassificationLevel getEditLevel() {
    return editLevel;
  }

  public void setEditLevel(ClassificationLevel editLevel) {
    this.editLevel = editLevel;
  }

  public String getEditLegalReference() {
    return editLegalReference;
  }

  public void setEditLegalReference(String editLegalReference) {
    this.editLegalReference = editLegalReference;
  }

  public HandlingCode getEditHandlingCode() {
    return editHandlingCode;
  }

  public void setEditHandlingCode(HandlingCode editHandlingCode) {
    this.editHandlingCode = editHandlingCode;
  }

  public String getEditReleasable() {
    return editReleasable;
  }

  public void setEditReleasable(String editReleasable) {
    this.editReleasable = editReleasable;
  }

  public List<String> getEditAgencies() {
    return editAgencies;
  }

  public void setEditAgencies(List<String> editAgencies) {
    this.editAgencies = editAgencies;
  }

  public String getNewMember() {
    return newMember;
  }

  public void setNewMember(String newMember) {
    this.newMember = newMember;
  }
}
