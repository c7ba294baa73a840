package se.knutpunkt.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.knutpunkt.application.StaleVersionException;
import se.knutpunkt.application.casework.AddedItem;
import se.knutpunkt.application.casework.CaseService;
import se.knutpunkt.application.casework.CaseView;
import se.knutpunkt.application.casework.FieldView;
import se.knutpunkt.application.casework.MemberView;
import se.knutpunkt.application.casework.NewValue;
import se.knutpunkt.application.misuse.MisuseFlagService;
import se.knutpunkt.application.sharing.DisclosureService;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.CaseSection;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.casefile.schema.Attribute;
import se.knutpunkt.domain.casefile.schema.CaseSchema;
import se.knutpunkt.domain.casefile.schema.ItemKind;
import se.knutpunkt.domain.casefile.schema.Located;
import se.knutpunkt.domain.marking.ClassificationLevel;
import se.knutpunkt.domain.marking.HandlingCode;
import se.knutpunkt.domain.marking.LegalReference;
import se.knutpunkt.domain.marking.Marking;
import se.knutpunkt.domain.marking.Releasability;
import se.knutpunkt.domain.misuse.Confidence;
import se.knutpunkt.domain.misuse.Matchable;
import se.knutpunkt.domain.misuse.MisuseCategory;
import se.knutpunkt.domain.user.Username;

/**
 * The case workspace at {@code /cases/{id}}: every section with its items and values as the gate
 * let them through (placeholders for the rest), editing one value, adding and removing items,
 * conflicts shown side by side, and the members. Others' changes arrive live: the page's script
 * asks {@link #refresh} to re-read the case, which never touches a form being filled in.
 */
@Named
@ViewScoped
public class CaseWorkspacePage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String RELEASE_TO_CASE = "CASE";
  private static final String RELEASE_TO_AGENCIES = "AGENCIES";

  /** What the one form of the page is doing. */
  public enum Mode {
    NONE,
    EDIT,
    ADD,
    REMOVE,
    FLAG,
    DISCLOSURE
  }

  @Inject transient CaseService cases;
  @Inject transient UserSession user;
  @Inject transient Failures failures;
  @Inject transient Texts texts;
  @Inject transient MisuseFlagService misuseFlags;
  @Inject transient DisclosureService disclosures;

  private CaseId caseId;
  private CaseView view;
  private transient WorkspaceLayout layout;

  private Mode mode = Mode.NONE;

  // editing one value
  private String editPath;
  private String editValue;
  private long editBaseVersion;
  private boolean conflict;
  private long conflictVersion;
  private String conflictValue;

  // adding an item
  private String addCollection;
  private Map<String, String> addValues = new LinkedHashMap<>();
  private String addIdentifier;

  // removing a value
  private String removePath;
  private long removeBaseVersion;

  // flagging an identifier or document as suspected misuse
  private String flagPath;
  private MisuseCategory flagCategory;
  private Confidence flagConfidence = Confidence.MISSTANKT;
  private String flagComment;

  // asking for a withheld value ("Begär utlämnande")
  private String disclosurePath;
  private String disclosureReason;

  // the marking of what is written
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
      layout = WorkspaceLayout.of(view.fields());
    } catch (RuntimeException e) {
      view = null;
      layout = null;
      failures.show(e);
    }
  }

  /** Reads the case again: another member changed it (the live connection said so). */
  public void refresh() {
    reload();
  }

  // --- editing a value --------------------------------------------------------------------------

  /**
   * Starts editing the value named by the request's {@code path}: its current value and marking, or
   * an empty value under its item's marking where it has none yet.
   */
  public void startEditAt() {
    Optional<FieldPath> path = requestedPath("path");
    if (path.isEmpty() || view == null) {
      return;
    }
    Optional<FieldView> field = view.field(path.get());
    if (field.isPresent()) {
      if (field.get().redacted()) {
        return;
      }
      startEdit(field.get());
      return;
    }
    Located located = CaseSchema.locate(path.get());
    if (located.attribute().isEmpty()) {
      return;
    }
    startEdit(path.get().value(), "", 0);
    located
        .item()
        .flatMap(view::field)
        .map(FieldView::marking)
        .ifPresentOrElse(this::takeMarking, this::defaultMarking);
  }

  /** Asks to confirm the removal of the value (or item) named by the request's {@code path}. */
  public void startRemoveAt() {
    requestedPath("path")
        .flatMap(path -> view == null ? Optional.empty() : view.field(path))
        .filter(field -> !field.redacted())
        .ifPresent(this::startRemove);
  }

  /** Starts adding an item to the collection named by the request's {@code collection}. */
  public void startAddAt() {
    String collection = requestParameter("collection");
    if (collection != null && CaseSchema.collection(collection).isPresent()) {
      startAdd(collection);
    }
  }

  private Optional<FieldPath> requestedPath(String name) {
    String text = requestParameter(name);
    try {
      return text == null ? Optional.empty() : Optional.of(FieldPath.of(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String requestParameter(String name) {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get(name);
  }

  public void startEdit(FieldView field) {
    startEdit(field.path().value(), field.value().orElse(""), field.version().orElse(0));
    takeMarking(field.marking());
  }

  private void startEdit(String path, String value, long baseVersion) {
    clearForms();
    mode = Mode.EDIT;
    editPath = path;
    editValue = value;
    editBaseVersion = baseVersion;
  }

  public void save() {
    Optional<Marking> marking = markingFromForm();
    if (marking.isEmpty()) {
      return;
    }
    try {
      long version =
          cases.writeField(
              user.subject(),
              caseId,
              FieldPath.of(editPath),
              editValue == null ? "" : editValue,
              editBaseVersion,
              marking);
      texts.info("workspace.saved", version);
      clearForms();
      reload();
    } catch (StaleVersionException stale) {
      conflict = true;
      conflictVersion = stale.currentVersion();
      conflictValue = stale.currentValue().orElse(null);
      reload();
    } catch (RuntimeException e) {
      failures.show(e);
    }
  }

  /** After a conflict: write what is in the form (the user's own text, or their merge) anew. */
  public void keepMine() {
    editBaseVersion = conflictVersion;
    conflict = false;
    save();
  }

  /** After a conflict: drop the user's text and take the current value. */
  public void takeTheirs() {
    clearForms();
    reload();
    texts.info("workspace.conflict.taken");
  }

  /** After a conflict: start a merge from the current value, with the user's text beside it. */
  public void mergeByHand() {
    String mine = editValue == null ? "" : editValue;
    editBaseVersion = conflictVersion;
    editValue = conflictValue == null ? mine : conflictValue + "\n" + mine;
    conflict = false;
    texts.info("workspace.conflict.merging");
  }

  // --- adding an item ---------------------------------------------------------------------------

  public void startAdd(String collection) {
    clearForms();
    mode = Mode.ADD;
    addCollection = collection;
    addValues = new LinkedHashMap<>();
    addIdentifier = null;
    defaultMarking();
  }

  public void add() {
    Optional<Marking> marking = markingFromForm();
    if (marking.isEmpty()) {
      return;
    }
    Map<String, NewValue> values = new LinkedHashMap<>();
    addValues.forEach(
        (name, text) -> {
          if (text != null && !text.isBlank()) {
            values.put(name, NewValue.of(text));
          }
        });
    try {
      AddedItem added;
      if (CaseSection.PERSONS.code().equals(addCollection)
          && addIdentifier != null
          && !addIdentifier.isBlank()) {
        added =
            cases.addPerson(
                user.subject(),
                caseId,
                marking,
                values,
                List.of(
                    new CaseService.NewIdentifier(
                        Optional.empty(), Map.of("number", NewValue.of(addIdentifier)))));
      } else {
        added = cases.addItem(user.subject(), caseId, addCollection, marking, values);
      }
      texts.info("workspace.added", texts.kindLabel(addKind().orElseThrow()));
      clearForms();
      reload();
      editPath = added.path().value();
    } catch (RuntimeException e) {
      failures.show(e);
    }
  }

  public Optional<ItemKind> addKind() {
    return CaseSchema.collection(addCollection).map(CaseSchema.Collection::kind);
  }

  /** The attributes the add form asks for. */
  public List<Attribute> getAddAttributes() {
    return addKind().map(ItemKind::attributes).orElse(List.of());
  }

  public boolean isAddingPerson() {
    return CaseSection.PERSONS.code().equals(addCollection);
  }

  // --- removing ---------------------------------------------------------------------------------

  public void startRemove(FieldView field) {
    clearForms();
    mode = Mode.REMOVE;
    removePath = field.path().value();
    removeBaseVersion = field.version().orElse(0);
  }

  public void remove() {
    try {
      cases.removeValue(user.subject(), caseId, FieldPath.of(removePath), removeBaseVersion);
      texts.info("workspace.removed", getRemoveLabel());
      clearForms();
      reload();
    } catch (StaleVersionException stale) {
      texts.error("workspace.remove.stale", stale.currentVersion());
      clearForms();
      reload();
    } catch (RuntimeException e) {
      failures.show(e);
    }
  }

  /** From the edit form: remove the optional value being edited. */
  public void removeEdited() {
    removePath = editPath;
    removeBaseVersion = editBaseVersion;
    remove();
  }

  public void cancel() {
    clearForms();
  }

  private void clearForms() {
    mode = Mode.NONE;
    disclosurePath = null;
    disclosureReason = null;
    editPath = null;
    editValue = null;
    editBaseVersion = 0;
    conflict = false;
    conflictValue = null;
    addCollection = null;
    addValues = new LinkedHashMap<>();
    addIdentifier = null;
    removePath = null;
    flagPath = null;
    flagCategory = null;
    flagConfidence = Confidence.MISSTANKT;
    flagComment = null;
  }

  // --- disclosure requests
  // ------------------------------------------------------------------

  /** Starts asking for the withheld value named by the request's {@code path}. */
  public void startDisclosureAt() {
    requestedPath("path")
        .filter(path -> view != null && view.field(path).map(FieldView::redacted).orElse(false))
        .ifPresent(
            path -> {
              clearForms();
              mode = Mode.DISCLOSURE;
              disclosurePath = path.value();
            });
  }

  public void requestDisclosure() {
    try {
      disclosures.request(
          user.subject(), caseId, FieldPath.of(disclosurePath), String.valueOf(disclosureReason));
      texts.info("disclosure.asked");
      clearForms();
    } catch (RuntimeException e) {
      failures.show(e);
    }
  }

  public boolean isAskingDisclosure() {
    return mode == Mode.DISCLOSURE;
  }

  public String getDisclosureLabel() {
    return disclosurePath == null ? "" : texts.fieldLabel(FieldPath.of(disclosurePath));
  }

  public String getDisclosureReason() {
    return disclosureReason;
  }

  public void setDisclosureReason(String disclosureReason) {
    this.disclosureReason = disclosureReason;
  }

  /** Whether the reader may read the case's sharing history (its owner agency's people). */
  public boolean isMayReadSharing() {
    return view != null && view.capabilities().readsSharing();
  }

  // --- flags of suspected misuse
  // ------------------------------------------------------------------

  /** Starts flagging the identifier or document named by the request's {@code path}. */
  public void startFlagAt() {
    requestedPath("path")
        .filter(path -> flagSubject(path).isPresent())
        .ifPresent(
            path -> {
              clearForms();
              mode = Mode.FLAG;
              flagPath = path.value();
            });
  }

  public void flag() {
    if (flagCategory == null || flagConfidence == null) {
      texts.error("flag.chooseCategory");
      return;
    }
    try {
      Matchable subject = flagSubject(FieldPath.of(flagPath)).orElseThrow();
      misuseFlags.raise(
          user.subject(),
          subject,
          flagCategory,
          flagConfidence,
          Optional.ofNullable(flagComment).filter(c -> !c.isBlank()));
      texts.info("flag.raised", subject.shown());
      clearForms();
      reload();
    } catch (RuntimeException e) {
      failures.show(e);
    }
  }

  /** What an item is flagged on, from the values the reader sees (none if they see none). */
  private Optional<Matchable> flagSubject(FieldPath item) {
    if (view == null) {
      return Optional.empty();
    }
    Optional<String> number =
        view.field(FieldPath.of(item.value() + ".number")).flatMap(FieldView::value);
    if (number.isEmpty()) {
      return Optional.empty();
    }
    ItemKind kind = CaseSchema.locate(item).kind().orElse(null);
    try {
      if (kind == CaseSchema.IDENTIFIER) {
        return Optional.of(misuseFlags.identifier(number.get()));
      }
      if (kind == CaseSchema.DOCUMENT) {
        return view.field(FieldPath.of(item.value() + ".country"))
            .flatMap(FieldView::value)
            .map(country -> Matchable.document(country, number.get()));
      }
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The flags in force beside an item the reader sees: the warning. */
  public List<se.knutpunkt.application.misuse.FlagView> flagsOn(WorkspaceLayout.Item item) {
    return view == null || item.path().isEmpty() ? List.of() : view.flagsOn(item.path().get());
  }

  /** Registry examinations that found a document forged or not its holder's: the warning. */
  public List<se.knutpunkt.application.misuse.ExaminationView> examinationsOf(
      WorkspaceLayout.Item item) {
    return view == null || item.path().isEmpty()
        ? List.of()
        : view.examinationsOf(item.path().get());
  }

  public boolean isFlaggable(WorkspaceLayout.Item item) {
    return item.path().isPresent()
        && user.getMay().worksCases()
        && (item.kind() == CaseSchema.IDENTIFIER || item.kind() == CaseSchema.DOCUMENT)
        && view != null
        && view.field(FieldPath.of(item.key() + ".number")).flatMap(FieldView::value).isPresent();
  }

  public String getFlagLabel() {
    return flagPath == null
        ? ""
        : flagSubject(FieldPath.of(flagPath)).map(Matchable::shown).orElse("");
  }

  public MisuseCategory[] getCategories() {
    return MisuseCategory.values();
  }

  public Confidence[] getConfidences() {
    return Confidence.values();
  }

  public boolean isFlagging() {
    return mode == Mode.FLAG;
  }

  public MisuseCategory getFlagCategory() {
    return flagCategory;
  }

  public void setFlagCategory(MisuseCategory flagCategory) {
    this.flagCategory = flagCategory;
  }

  public Confidence getFlagConfidence() {
    return flagConfidence;
  }

  public void setFlagConfidence(Confidence flagConfidence) {
    this.flagConfidence = flagConfidence;
  }

  public String getFlagComment() {
    return flagComment;
  }

  public void setFlagComment(String flagComment) {
    this.flagComment = flagComment;
  }

  // --- markings ---------------------------------------------------------------------------------

  private void takeMarking(Marking marking) {
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

  private void defaultMarking() {
    takeMarking(Marking.defaultFor(user.subject().agency()));
  }

  private Optional<Marking> markingFromForm() {
    if (editLevel != null
        && editLevel.requiresLegalReference()
        && (editLegalReference == null || editLegalReference.isBlank())) {
      texts.error("workspace.write.legalReferenceRequired", texts.get("level." + editLevel.name()));
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Marking(
              editLevel,
              user.subject().agency(),
              releasability(),
              Optional.ofNullable(editLegalReference)
                  .filter(s -> !s.isBlank())
                  .map(LegalReference::new),
              Optional.ofNullable(editHandlingCode)));
    } catch (IllegalArgumentException invalid) {
      texts.error("workspace.write.invalidMarking");
      return Optional.empty();
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

  // --- members ----------------------------------------------------------------------------------

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

  // --- what the page shows ----------------------------------------------------------------------

  public WorkspaceLayout getLayout() {
    if (layout == null && view != null) {
      layout = WorkspaceLayout.of(view.fields());
    }
    return layout;
  }

  public String sectionLabel(String code) {
    return texts.get("section." + code);
  }

  public String attributeLabel(WorkspaceLayout.Slot slot) {
    return texts.attributeLabel(kindOf(slot.path()), slot.attribute());
  }

  public String attributeLabel(Attribute attribute) {
    return texts.attributeLabel(addKind().orElseThrow(), attribute);
  }

  public String kindLabel(ItemKind kind) {
    return texts.kindLabel(kind);
  }

  /** How a released value reads for people: a choice by its label, a date as it is ... */
  public String shown(WorkspaceLayout.Slot slot) {
    return slot.field()
        .flatMap(FieldView::value)
        .map(value -> texts.valueText(kindOf(slot.path()), slot.attribute(), value))
        .orElse("");
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

  public String markingTitle(FieldView field) {
    return field.marking().legalReference().map(LegalReference::text).orElse(markingSummary(field));
  }

  public boolean mayWrite(String sectionCode) {
    return view != null && view.capabilities().mayWriteIn(sectionCode);
  }

  /** The choices of an attribute as value → label, for the form's menus. */
  public List<Choice> choices(Attribute attribute, String kindName) {
    ItemKind kind = kindNamed(kindName);
    List<Choice> choices = new ArrayList<>();
    switch (attribute.type()) {
      case CHOICE ->
          attribute
              .choices()
              .forEach(c -> choices.add(new Choice(c, texts.valueText(kind, attribute, c))));
      case BOOLEAN -> {
        choices.add(new Choice("false", texts.get("value.false")));
        choices.add(new Choice("true", texts.get("value.true")));
      }
      case AGENCY -> getAllAgencies().forEach(a -> choices.add(new Choice(a, a)));
      case MEMBER ->
          view.members()
              .forEach(m -> choices.add(new Choice(m.username().value(), m.username().value())));
      default -> {
        // typed in
      }
    }
    return choices;
  }

  /** One entry of a menu. */
  public record Choice(String value, String label) implements Serializable {}

  public boolean hasChoices(Attribute attribute) {
    return switch (attribute.type()) {
      case CHOICE, BOOLEAN, AGENCY, MEMBER -> true;
      default -> false;
    };
  }

  public boolean isLongText(Attribute attribute) {
    return attribute.type() == se.knutpunkt.domain.casefile.schema.ValueType.LONG_TEXT;
  }

  public String inputHint(Attribute attribute) {
    String key = "hint." + attribute.type().name();
    return texts.has(key) ? texts.get(key) : "";
  }

  /** The attribute being edited, for the edit form's input. */
  public Optional<Attribute> getEditAttribute() {
    return editPath == null
        ? Optional.empty()
        : CaseSchema.locate(FieldPath.of(editPath)).attribute();
  }

  public String getEditKindName() {
    return editPath == null ? "" : kindOf(FieldPath.of(editPath)).name();
  }

  public boolean isEditRemovable() {
    return editBaseVersion > 0 && getEditAttribute().map(a -> !a.required()).orElse(false);
  }

  public String getEditLabel() {
    if (editPath == null) {
      return "";
    }
    FieldPath path = FieldPath.of(editPath);
    return getEditAttribute()
        .map(a -> texts.attributeLabel(kindOf(path), a))
        .orElse(texts.fieldLabel(path));
  }

  public String getRemoveLabel() {
    if (removePath == null) {
      return "";
    }
    Located located = CaseSchema.locate(FieldPath.of(removePath));
    return located
        .attribute()
        .map(a -> texts.attributeLabel(located.kind().orElseThrow(), a))
        .orElseGet(() -> located.kind().map(texts::kindLabel).orElse(removePath));
  }

  public String getAddLabel() {
    return addKind().map(texts::kindLabel).orElse("");
  }

  private static ItemKind kindOf(FieldPath path) {
    return CaseSchema.locate(path).kind().orElse(CaseSchema.OVERVIEW);
  }

  private static ItemKind kindNamed(String name) {
    for (CaseSection section : CaseSchema.editableSections()) {
      if (section == CaseSection.OVERVIEW) {
        if (CaseSchema.OVERVIEW.name().equals(name)) {
          return CaseSchema.OVERVIEW;
        }
        continue;
      }
      ItemKind kind = CaseSchema.itemsOf(section).orElseThrow();
      if (kind.name().equals(name)) {
        return kind;
      }
      for (ItemKind nested : kind.collections().values()) {
        if (nested.name().equals(name)) {
          return nested;
        }
      }
    }
    throw new IllegalArgumentException("no kind " + name);
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

  public List<String> getAllAgencies() {
    return texts.agencyCodes();
  }

  public boolean isFound() {
    return view != null;
  }

  public CaseView getView() {
    return view;
  }

  public String getCaseId() {
    return caseId == null ? "" : caseId.toString();
  }

  public String getTitle() {
    return view == null ? "" : view.title().orElse(texts.get("cases.titleRedacted"));
  }

  public Mode getMode() {
    return mode;
  }

  public boolean isEditing() {
    return mode == Mode.EDIT;
  }

  public boolean isAdding() {
    return mode == Mode.ADD;
  }

  public boolean isRemoving() {
    return mode == Mode.REMOVE;
  }

  public boolean isConflict() {
    return conflict;
  }

  public long getConflictVersion() {
    return conflictVersion;
  }

  public boolean isConflictVisible() {
    return conflictValue != null;
  }

  public String getConflictValue() {
    return conflictValue;
  }

  public String getEditPath() {
    return editPath;
  }

  public String getEditValue() {
    return editValue;
  }

  public void setEditValue(String editValue) {
    this.editValue = editValue;
  }

  public long getEditBaseVersion() {
    return editBaseVersion;
  }

  public Map<String, String> getAddValues() {
    return addValues;
  }

  public String getAddIdentifier() {
    return addIdentifier;
  }

  public void setAddIdentifier(String addIdentifier) {
    this.addIdentifier = addIdentifier;
  }

  public String getAddCollection() {
    return addCollection;
  }

  public String getAddKindName() {
    return addKind().map(ItemKind::name).orElse("");
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
