package se.knutpunkt.domain.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import se.knutpunkt.domain.misuse.Matchable;
import se.knutpunkt.domain.user.Username;

/**
 * A watch (bevakning): one person asks to be told when an identifier or identity document of their
 * choosing is flagged, in any case or none of theirs. Found by the identifier's keyed hash; the
 * identifier as the person wrote it is kept for their own eyes only.
 */
@Entity
@Table(name = "watch")
public class Watch {

  @Id
  @SequenceGenerator(name = "watch", sequenceName = "watch_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "watch")
  @Column(name = "id")
  private Long id;

  @Column(name = "watcher", nullable = false, length = 64)
  private String watcher;

  @Column(name = "match_key", nullable = false, length = 16)
  private byte[] matchKey;

  @Column(name = "shown", nullable = false, length = 80)
  private String shown;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected Watch() {}

  public Watch(Username watcher, byte[] matchKey, Matchable watched, OffsetDateTime createdAt) {
    this.watcher = watcher.value();
    this.matchKey = matchKey.clone();
    this.shown = watched.shown();
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public long id() {
    return id;
  }

  public Username watcher() {
    return Username.of(watcher);
  }

  public byte[] matchKey() {
    return matchKey.clone();
  }

  /** The identifier as the watcher reads it; shown to the watcher only. */
  public String shown() {
    return shown;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
