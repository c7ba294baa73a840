package se.knutpunkt.domain.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseIdTest {

  private static final String ID = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

  @Test
  void randomIdsAreRandomVersionFourUuids() {
    Set<CaseId> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      CaseId id = CaseId.random();
      assertThat(id.value().version()).isEqualTo(4);
      assertThat(seen.add(id)).isTrue();
    }
  }

  @Test
  void anIdReadsBackFromItsText() {
    CaseId id = CaseId.random();
    assertThat(CaseId.parse(id.toString())).contains(id);
    assertThat(CaseId.of(id.toString())).isEqualTo(id);
    assertThat(id.toString()).hasSize(36).isEqualTo(id.value().toString());
  }

  @Test
  void upperCaseHexIsTheSameCase() {
    CaseId lower = CaseId.of(ID);
    CaseId upper = CaseId.of(ID.toUpperCase());
    assertThat(upper).isEqualTo(lower).hasSameHashCodeAs(lower);
    assertThat(upper).hasToString(ID);
    assertThat(lower.value()).isEqualTo(UUID.fromString(ID));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        " ",
        "not-a-case",
        "42",
        "3f2504e04f8911d39a0c0305e82c3301", // without dashes
        "3f2504e0-4f89-11d3-9a0c-0305e82c330", // 35 characters
        "3f2504e0-4f89-11d3-9a0c-0305e82c33011", // 37 characters
        " 3f2504e0-4f89-11d3-9a0c-0305e82c3301",
        "3f2504e0-4f89-11d3-9a0c-0305e82c3301 ",
        "{3f2504e0-4f89-11d3-9a0c-0305e82c330}",
        "3f2504e0-4f89-11d3-9a0c-0305e82c33g1", // g is not hex
        "3f2504e0/4f89-11d3-9a0c-0305e82c3301",
        "../../../../../../../../etc/passwd00"
      })
  void anythingElseIsNoCaseId(String text) {
    assertThat(CaseId.parse(text)).isEmpty();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CaseId.of(text))
        .withMessage("not a case id: " + text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+f2504e0-4f89-11d3-9a0c-0305e82c3301", // UUID.fromString reads '+f2504e0' as 0f2504e0
        "3f2504e0-+f89-11d3-9a0c-0305e82c3301",
        "3f2504e0-4f89-11d3-9a0c-+305e82c3301",
        "-f2504e0-4f89-11d3-9a0c-0305e82c3301",
        "3f2504e-04f89-11d3-9a0c-0305e82c3301", // dashes in other places
        "3f2504e0-4f89-11d3-9a0c0-305e82c3301"
      })
  void onlyTheCanonicalSpellingNamesACase(String text) {
    // otherwise one case has many addresses, and a text that is no UUID opens a case
    assertThat(CaseId.parse(text)).isEmpty();
  }

  @Test
  void nullIsRejectedByTheConstructor() {
    assertThatNullPointerException().isThrownBy(() -> new CaseId(null)).withMessage("case id");
  }
}
