package se.knutpunkt.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import se.knutpunkt.domain.casefile.FieldValue;

/**
 * Which version of each field is the newest: kept beside the append-only versions so that reading a
 * case touches its current values only, however long their histories grow (finding each field's
 * newest version among all of them made a read slower with every write: issue 11, JFR).
 */
@Entity
@Table(name = "field_head")
@IdClass(FieldHead.Key.class)
class FieldHead {

  @Id
  @Column(name = "case_id", nullable = false, length = 36)
  private String caseId;

  @Id
  @Column(name = "path", nullable = false, length = 200)
  private String path;

  @Column(name = "version", nullable = false)
  private long version;

  // a relation, not a bare id, so that a new version is inserted before the head names it
  @OneToOne(optional = false)
  @JoinColumn(name = "value_id", nullable = false)
  private FieldValue value;

  protected FieldHead() {}

  FieldHead(FieldValue value) {
    this.caseId = value.caseId().toString();
    this.path = value.path().value();
    moveTo(value);
  }

  void moveTo(FieldValue newest) {
    this.version = newest.version();
    this.value = newest;
  }

  /** The key: a case and a field path. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String caseId;
    private String path;

    public Key() {}

    Key(String caseId, String path) {
      this.caseId = caseId;
      this.path = path;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && caseId.equals(key.caseId) && path.equals(key.path);
    }

    @Override
    public int hashCode() {
      return Objects.hash(caseId, path);
    }
  }
}
