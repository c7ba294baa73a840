package se.knutpunkt.domain.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.marking.ClassificationLevel;
import se.knutpunkt.domain.marking.HandlingCode;
import se.knutpunkt.domain.marking.LegalReference;
import se.knutpunkt.domain.marking.Marking;
import se.knutpunkt.domain.marking.Releasability;
import se.knutpunkt.domain.user.Username;

/**
 * One version of one field of a case, with the marking it was written under. Versions are never
 * changed: a write adds the next version, so the history is the rows themselves.
 */
@Entity
@Table(name = "field_value")
public class FieldValue {

  public static final int MAX_VALUE_LENGTH = 16_000;

  @Id
  @SequenceGenerator(name = "field_value", sequenceName = "field_value_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "field_value")
  @Column(name = "id")
  private Long id;

  @Column(name = "case_id", nullable = false, length = 36)
  private String caseId;

  @Column(name = "path", nullable = false, length = FieldPath.MAX_LENGTH)
  private String path;

  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "content", length = 32768)
  private String content;

  @Column(name = "level", nullable = false, length = 16)
  private String level;

  @Column(name = "owner_agency", nullable = false, length = 10)
  private String ownerAgency;

  @Column(name = "releasable", nullable = false, length = 200)
  private String releasable;

  @Column(name = "legal_reference", length = LegalReference.MAX_LENGTH)
  private String legalReference;

  @Column(name = "handling_code", length = 2)
  private String handlingCode;

  @Column(name = "author", nullable = false, length = 64)
  private String author;

  @Column(name = "author_agency", nullable = false, length = 10)
  private String authorAgency;

  @Column(name = "written_at", nullable = false)
  private OffsetDateTime writtenAt;

  @Column(name = "removed", nullable = false)
  private boolean removed;

  // read once per loaded row: a case read asks each value for its path and marking many times
  @Transient private transient FieldPath parsedPath;
  @Transient private transient Marking parsedMarking;

  protected FieldValue() {}

  public FieldValue(
      CaseId caseId,
      FieldPath path,
      long version,
      String content,
      Marking marking,
      Username author,
      AgencyCode authorAgency,
      OffsetDateTime writtenAt) {
    Objects.requireNonNull(content, "content");
    if (version < 1) {
      throw new IllegalArgumentException("versions start at 1");
    }
    if (content.length() > MAX_VALUE_LENGTH) {
      throw new IllegalArgumentException(
          "a value is at most "
              + MAX_VALUE_LENGTH
              + " characters, this one has "
              + content.length());
    }
    this.caseId = caseId.toString();
    this.path = path.value();
    this.version = version;
    this.content = content;
    this.level = marking.level().name();
    this.ownerAgency = marking.owner().value();
    this.releasable = marking.releasable().storedForm();
    this.legalReference = marking.legalReference().map(LegalReference::text).orElse(null);
    this.handlingCode = marking.handlingCode().map(Enum::name).orElse(null);
    this.author = author.value();
    this.authorAgency = authorAgency.value();
    this.writtenAt = writtenAt;
  }

  /**
   * The version that removes a value: it keeps the level and releasability of the value it removes,
   * so that who may learn of the removal is decided as for the value itself, under the remover's
   * agency as owner (as every write is).
   */
  public static FieldValue removal(
      FieldValue current, Username author, AgencyCode authorAgency, OffsetDateTime writtenAt) {
    FieldValue removal =
        new FieldValue(
            current.caseId(),
            current.path(),
            current.version() + 1,
            "",
            current.marking().withOwner(authorAgency),
            author,
            authorAgency,
            writtenAt);
    removal.removed = true;
    return removal;
  }

  /** Whether this version removed the value; a removed value is no longer part of the case. */
  public boolean removed() {
    return removed;
  }

  public CaseId caseId() {
    return CaseId.of(caseId);
  }

  public FieldPath path() {
    if (parsedPath == null) {
      parsedPath = FieldPath.of(path);
    }
    return parsedPath;
  }

  public long version() {
    return version;
  }

  /** The value itself: hand it out only after the policy decision point said yes. */
  public String content() {
    return content;
  }

  public Marking marking() {
    if (parsedMarking == null) {
      parsedMarking = storedMarking();
    }
    return parsedMarking;
  }

  private Marking storedMarking() {
    return new Marking(
        ClassificationLevel.valueOf(level),
        AgencyCode.of(ownerAgency),
        Releasability.fromStoredForm(releasable),
        Optional.ofNullable(legalReference).map(LegalReference::new),
        Optional.ofNullable(handlingCode).map(HandlingCode::valueOf));
  }

  public Username author() {
    return Username.of(author);
  }

  public AgencyCode authorAgency() {
    return AgencyCode.of(authorAgency);
  }

  public OffsetDateTime writtenAt() {
    return writtenAt;
  }
}
