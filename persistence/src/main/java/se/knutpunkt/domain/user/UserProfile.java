package se.knutpunkt.domain.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.marking.ClassificationLevel;

/**
 * What Knutpunkt remembers of a person: made from the identity provider's claims at first login (or
 * when a colleague adds them to a case), refreshed at each login.
 */
@Entity
@Table(name = "user_profile")
public class UserProfile {

  @Id
  @Column(name = "username", length = 64)
  private String username;

  @Column(name = "agency", nullable = false, length = 10)
  private String agency;

  @Column(name = "display_name", length = 200)
  private String displayName;

  @Column(name = "email", length = 320)
  private String email;

  @Column(name = "clearance", length = 16)
  private String clearance;

  @Column(name = "roles", nullable = false, length = 200)
  private String roles;

  @Column(name = "first_seen_at", nullable = false)
  private OffsetDateTime firstSeenAt;

  @Column(name = "last_login_at")
  private OffsetDateTime lastLoginAt;

  @Column(name = "notice_digest", nullable = false)
  private boolean noticeDigest;

  protected UserProfile() {}

  public UserProfile(
      Username username,
      AgencyCode agency,
      String displayName,
      String email,
      Optional<ClassificationLevel> clearance,
      Set<Role> roles,
      OffsetDateTime firstSeenAt) {
    this.username = username.value();
    this.firstSeenAt = firstSeenAt;
    update(agency, displayName, email, clearance, roles);
  }

  /** Takes what the identity provider says now; it is the authority on all of it. */
  public final void update(
      AgencyCode agency,
      String displayName,
      String email,
      Optional<ClassificationLevel> clearance,
      Set<Role> roles) {
    this.agency = agency.value();
    this.displayName = displayName;
    this.email = email;
    this.clearance = clearance.map(Enum::name).orElse(null);
    this.roles = roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  public void recordLogin(OffsetDateTime at) {
    this.lastLoginAt = at;
  }

  /** Whether the person chose a daily mail that tells how many notices they have not read. */
  public boolean wantsNoticeDigest() {
    return noticeDigest;
  }

  public void chooseNoticeDigest(boolean wanted) {
    this.noticeDigest = wanted;
  }

  public Username username() {
    return Username.of(username);
  }

  public AgencyCode agency() {
    return AgencyCode.of(agency);
  }

  public String displayName() {
    return displayName == null ? username : displayName;
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public Optional<ClassificationLevel> clearance() {
    return Optional.ofNullable(clearance).map(ClassificationLevel::valueOf);
  }

  public Set<Role> roles() {
    if (roles.isEmpty()) {
      return EnumSet.noneOf(Role.class);
    }
    return Arrays.stream(roles.split(","))
        .map(Role::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }

  public OffsetDateTime firstSeenAt() {
    return firstSeenAt;
  }

  public Optional<OffsetDateTime> lastLoginAt() {
    return Optional.ofNullable(lastLoginAt);
  }
}
