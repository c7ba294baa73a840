package se.knutpunkt.domain.misuse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.DocumentType;
import se.knutpunkt.domain.user.Username;

/**
 * One agency's examination of one identity document, in the shared registry: the document is known
 * by its match key only (country and number), the result and who examined it when — not the case.
 */
@Entity
@Table(name = "document_examination")
public class DocumentExamination {

  @Id
  @SequenceGenerator(
      name = "document_examination",
      sequenceName = "document_examination_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_examination")
  @Column(name = "id")
  private Long id;

  @Column(name = "match_key", nullable = false, length = 16)
  private byte[] matchKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "document_type", nullable = false, length = 32)
  private DocumentType type;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  @Enumerated(EnumType.STRING)
  @Column(name = "result", nullable = false, length = 32)
  private ExaminationResult result;

  @Column(name = "agency", nullable = false, length = 10)
  private String agency;

  @Column(name = "examined_on", nullable = false)
  private LocalDate examinedOn;

  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private OffsetDateTime recordedAt;

  protected DocumentExamination() {}

  public DocumentExamination(
      byte[] matchKey,
      DocumentType type,
      Optional<LocalDate> validUntil,
      ExaminationResult result,
      AgencyCode agency,
      LocalDate examinedOn,
      Username recordedBy,
      OffsetDateTime recordedAt) {
    this.matchKey = matchKey.clone();
    this.type = type;
    this.validUntil = validUntil.orElse(null);
    this.result = result;
    this.agency = agency.value();
    this.examinedOn = examinedOn;
    this.recordedBy = recordedBy.value();
    this.recordedAt = recordedAt;
  }

  /** The document's keyed hash (its country and number), which the registry is searched by. */
  public byte[] matchKey() {
    return matchKey.clone();
  }

  public long id() {
    return id;
  }

  public DocumentType type() {
    return type;
  }

  public Optional<LocalDate> validUntil() {
    return Optional.ofNullable(validUntil);
  }

  public ExaminationResult result() {
    return result;
  }

  public AgencyCode agency() {
    return AgencyCode.of(agency);
  }

  public LocalDate examinedOn() {
    return examinedOn;
  }
}
