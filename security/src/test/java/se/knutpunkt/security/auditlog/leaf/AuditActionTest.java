package se.knutpunkt.security.auditlog.leaf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
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
    assertThat(names).hasSize(Action.values().length).doesNotContain("login", "logout");
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
