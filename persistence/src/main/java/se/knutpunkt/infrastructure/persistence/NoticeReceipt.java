package se.knutpunkt.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * That one person read one notice. Kept apart from the notice, because a notice to an ID-SPOC inbox
 * is read by each of the agency's ID-SPOCs on their own.
 */
@Entity
@Table(name = "notice_read")
@IdClass(NoticeReceipt.Key.class)
public class NoticeReceipt {

  /** The receipt's key: notice and reader. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    long notice;
    String reader;

    public Key() {}

    Key(long notice, String reader) {
      this.notice = notice;
      this.reader = reader;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && k.notice == notice && Objects.equals(k.reader, reader);
    }

    @Override
    public int hashCode() {
      return Objects.hash(notice, reader);
    }
  }

  @Id
  @Column(name = "notice_id")
  private long notice;

  @Id
  @Column(name = "reader", length = 64)
  private String reader;

  @Column(name = "read_at", nullable = false)
  private OffsetDateTime readAt;

  protected NoticeReceipt() {}

  NoticeReceipt(long notice, String reader, OffsetDateTime readAt) {
    this.notice = notice;
    this.reader = reader;
    this.readAt = readAt;
  }

  static Key key(long notice, String reader) {
    return new Key(notice, reader);
  }
}
