package se.knutpunkt.security.auditlog.leaf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.knutpunkt.security.policy.Action;

class AuditActionTest {

  @ParameterizedTest
  @EnumSource(Action.class)
  void everyPolicyActionIsRecordedUnderADottedLowerCaseName(Action action) {
    assertThat(AuditAction.of(action).name()).matches("[a-z]+(\\.[a-z]+)*");
  }

  @Test
  void noTwoPolicyActionsShareAName() {
    Set<String> names =
        Arrays.stream(Action.values())
            .map(a -> AuditAction.of(a).name())
            .collect(Collectors.toSet());
    assertThat(names)
        .hasSize(Action.values().length)
        .doesNotContain("login", "logout", "case.push");
  }

  /** The names are a public format: auditors search by them and leaves keep them for ever. */
  @Test
  void everyNameIsPinned() {
    Map<Action, String> pinned = new EnumMap<>(Action.class);
    pinned.put(Action.CREATE_CASE, "case.create");
    pinned.put(Action.LIST_CASES, "case.list");
    pinned.put(Action.OPEN_CASE, "case.read");
    pinned.put(Action.FOLLOW_CASE, "case.follow");
    pinned.put(Action.READ_FIELD, "field.read");
    pinned.put(Action.READ_HISTORY, "field.history");
    pinned.put(Action.WRITE_IN_SECTION, "section.write");
    pinned.put(Action.WRITE_FIELD, "field.write");
    pinned.put(Action.MANAGE_MEMBERS, "member.manage");
    pinned.put(Action.ADD_MEMBER, "member.add");
    pinned.put(Action.REMOVE_MEMBER, "member.remove");
    pinned.put(Action.VALIDATE_IDENTIFIER, "identifier.validate");
    pinned.put(Action.RAISE_FLAG, "flag.raise");
    pinned.put(Action.WITHDRAW_FLAG, "flag.withdraw");
    pinned.put(Action.RECORD_EXAMINATION, "document.examine");
    pinned.put(Action.SEARCH_REGISTRY, "document.search");
    pinned.put(Action.READ_NOTICE, "notice.read");
    pinned.put(Action.WATCH_IDENTIFIER, "identifier.watch");
    pinned.put(Action.INVITE_AGENCY, "invitation.send");
    pinned.put(Action.ACCEPT_INVITATION, "invitation.accept");
    pinned.put(Action.DECLINE_INVITATION, "invitation.decline");
    pinned.put(Action.REVOKE_INVITATION, "invitation.revoke");
    pinned.put(Action.READ_INVITATION, "invitation.read");
    pinned.put(Action.READ_SHARING, "sharing.read");
    pinned.put(Action.REQUEST_DISCLOSURE, "disclosure.request");
    pinned.put(Action.DECIDE_DISCLOSURE, "disclosure.decide");
    pinned.put(Action.READ_AUDIT_ENTRY, "audit.entries.read");
    pinned.put(Action.READ_AUDIT_LOG, "audit.log.read");
    pinned.put(Action.COSIGN_CHECKPOINT, "audit.checkpoint.cosign");
    assertThat(pinned).as("a name for every action").hasSize(Action.values().length);
    pinned.forEach((action, name) -> assertThat(AuditAction.of(action).name()).isEqualTo(name));
    assertThat(AuditAction.LOGIN.name()).isEqualTo("login");
    assertThat(AuditAction.LOGOUT.name()).isEqualTo("logout");
    assertThat(AuditAction.PUSH.name()).isEqualTo("case.push");
  }

  @Test
  void aReadOfACaseIsRecordedAsCaseRead() {
    assertThat(AuditAction.of(Action.OPEN_CASE)).isEqualTo(AuditAction.of("case.read"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"OPEN_CASE", "case.", ".read", "case..read", "case read", "Case.read", ""})
  void aNameToRecordIsRefusedUnlessItIsDottedLowerCaseWords(String name) {
    assertThatThrownBy(() -> AuditAction.of(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dotted name");
  }
}
