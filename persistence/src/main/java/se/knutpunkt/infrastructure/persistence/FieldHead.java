package se.knutpunkt.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

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

  protected FieldHead() {}

  FieldHead(String caseId, String path, long version) {
    this.caseId = caseId;
    this.path = path;
    this.version = version;
  }

  void moveTo(long newVersion) {
    this.version = newVersion;
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
