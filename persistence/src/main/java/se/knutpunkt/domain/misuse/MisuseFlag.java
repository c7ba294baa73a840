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
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.user.Username;

/**
 * One agency's flag of suspected misuse on one identifier or identity document: its category and
 * confidence, who flagged it and when, an optional comment for the flagging agency's own eyes. A
 * second flag by the same agency updates this one; a withdrawn flag stays, marked withdrawn.
 */
@Entity
@Table(name = "misuse_flag")
public class MisuseFlag {

  public static final int MAX_COMMENT_LENGTH = 2000;

  /** Whether a flag is on a national identifier or an identity document. */
  public enum Kind {
    IDENTIFIER,
    DOCUMENT
  }

  @Id
  @SequenceGenerator(name = "misuse_flag", sequenceName = "misuse_flag_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "misuse_flag")
  @Column(name = "id")
  private Long id;

  @Column(name = "match_key", nullable = false, length = 16)
  private byte[] matchKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_kind", nullable = false, length = 16)
  private Kind kind;

  @Column(name = "shown", nullable = false, length = 80)
  private String shown;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, length = 40)
  private MisuseCategory category;

  @Enumerated(EnumType.STRING)
  @Column(name = "confidence", nullable = false, length = 16)
  private Confidence confidence;

  @Column(name = "agency", nullable = false, length = 10)
  private String agency;

  @Column(name = "comment", length = MAX_COMMENT_LENGTH)
  private String comment;

  @Column(name = "flagged_by", nullable = false, length = 64)
  private String flaggedBy;

  @Column(name = "flagged_at", nullable = false)
  private OffsetDateTime flaggedAt;

  @Column(name = "withdrawn_at")
  private OffsetDateTime withdrawnAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected MisuseFlag() {}

  public MisuseFlag(
      byte[] matchKey,
      Matchable subject,
      MisuseCategory category,
      Confidence confidence,
      AgencyCode agency,
      Optional<String> comment,
      Username flaggedBy,
      OffsetDateTime at) {
    this.matchKey = matchKey.clone();
    this.kind = subject instanceof Matchable.Document ? Kind.DOCUMENT : Kind.IDENTIFIER;
    this.shown = subject.shown();
    this.agency = agency.value();
    update(category, confidence, comment, flaggedBy, at);
  }

  /** The same agency flags again: the flag now says what it says now, and is in force again. */
  public void update(
      MisuseCategory newCategory,
      Confidence newConfidence,
      Optional<String> newComment,
      Username by,
      OffsetDateTime at) {
    this.category = Objects.requireNonNull(newCategory);
    this.confidence = Objects.requireNonNull(newConfidence);
    this.comment = newComment.orElse(null);
    this.flaggedBy = by.value();
    this.flaggedAt = at;
    this.withdrawnAt = null;
  }

  public void withdraw(OffsetDateTime at) {
    this.withdrawnAt = at;
  }

  public long id() {
    return id;
  }

  public byte[] matchKey() {
    return matchKey.clone();
  }

  public Kind kind() {
    return kind;
  }

  /** The identifier as people read it: for the flagging agency's eyes only. */
  public String shown() {
    return shown;
  }

  public MisuseCategory category() {
    return category;
  }

  public Confidence confidence() {
    return confidence;
  }

  public AgencyCode agency() {
    return AgencyCode.of(agency);
  }

  /** For the flagging agency's eyes only. */
  public Optional<String> comment() {
    return Optional.ofNullable(comment);
  }

  public Username flaggedBy() {
    return Username.of(flaggedBy);
  }

  public OffsetDateTime flaggedAt() {
    return flaggedAt;
  }

  public Optional<OffsetDateTime> withdrawnAt() {
    return Optional.ofNullable(withdrawnAt);
  }

  public boolean inForce() {
    return withdrawnAt == null;
  }
}
