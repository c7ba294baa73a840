package se.knutpunkt.domain.user;

import java.util.Optional;

/** What a person does in Knutpunkt; granted in the identity provider. */
public enum Role {
  /** utredare: works cases */
  INVESTIGATOR,
  /** ID-SPOC officer: the agency's contact point; assigns members, invites other agencies */
  SPOC,
  /** granskare: reviews the audit trail, never case content */
  AUDITOR,
  /** platform operations: sees no case content */
  ADMIN;

  /** The role a token's group names, if it names one of ours. */
  public static Optional<Role> fromGroup(String group) {
    for (Role role : values()) {
      if (role.name().equals(group)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
