package se.knutpunkt.security.auditlog.leaf;

import java.util.regex.Pattern;
import se.knutpunkt.security.policy.Action;

/**
 * What was done, as a stable dotted name: {@code login}, {@code case.read}, {@code field.write}.
 * Leaves keep these names for ever, so they are lower-case words an auditor reads, never a Java
 * constant that a rename would silently change.
 */
public record AuditAction(String name) {

  private static final Pattern DOTTED = Pattern.compile("[a-z]+(\\.[a-z]+)*");

  public static final AuditAction LOGIN = of("login");
  public static final AuditAction LOGOUT = of("logout");

  /** Values pushed to a follower of a case as they changed: a read, recorded once per push. */
  public static final AuditAction PUSH = of("case.push");

  /** Any non-empty text, as a decoded leaf may hold; what we write is made by {@link #of}. */
  public AuditAction {
    Text.required(name, "action");
  }

  /** A name to record: dotted lower-case words, so that every writer spells alike. */
  public static AuditAction of(String name) {
    if (name == null || !DOTTED.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "action is a dotted name of lower-case words, such as case.read: " + name);
    }
    return new AuditAction(name);
  }

  /** The name under which a decision of the policy on this action is recorded. */
  public static AuditAction of(Action action) {
    return of(
        switch (action) {
          case CREATE_CASE -> "case.create";
          case LIST_CASES -> "case.list";
          case OPEN_CASE -> "case.read";
          case FOLLOW_CASE -> "case.follow";
          case READ_FIELD -> "field.read";
          case READ_HISTORY -> "field.history";
          case WRITE_IN_SECTION -> "section.write";
          case WRITE_FIELD -> "field.write";
          case MANAGE_MEMBERS -> "member.manage";
          case ADD_MEMBER -> "member.add";
          case REMOVE_MEMBER -> "member.remove";
          case VALIDATE_IDENTIFIER -> "identifier.validate";
          case RAISE_FLAG -> "flag.raise";
          case WITHDRAW_FLAG -> "flag.withdraw";
          case RECORD_EXAMINATION -> "document.examine";
          case SEARCH_REGISTRY -> "document.search";
          case READ_NOTICE -> "notice.read";
          case WATCH_IDENTIFIER -> "identifier.watch";
          case INVITE_AGENCY -> "invitation.send";
          case ACCEPT_INVITATION -> "invitation.accept";
          case DECLINE_INVITATION -> "invitation.decline";
          case REVOKE_INVITATION -> "invitation.revoke";
          case READ_INVITATION -> "invitation.read";
          case READ_SHARING -> "sharing.read";
          case REQUEST_DISCLOSURE -> "disclosure.request";
          case DECIDE_DISCLOSURE -> "disclosure.decide";
          case READ_AUDIT_ENTRY -> "audit.entries.read";
          case READ_AUDIT_LOG -> "audit.log.read";
          case COSIGN_CHECKPOINT -> "audit.checkpoint.cosign";
        });
  }

  @Override
  public String toString() {
    return name;
  }
}
