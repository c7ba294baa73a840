package se.knutpunkt.domain.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldPathTest {

  @ParameterizedTest
  @CsvSource({
    "overview.title, OVERVIEW",
    "overview.summary, OVERVIEW",
    "overview.type, OVERVIEW",
    "persons.3f2504e0-4f89-11d3-9a0c-0305e82c3301.name, PERSONS",
    "persons.p1.identifiers.0, PERSONS",
    "notes.n_17.text, NOTES",
    "documents.D-1.number, DOCUMENTS",
    "events.e1.at, EVENTS",
    "tasks.t1.title, TASKS",
    "attachments.a1.name, ATTACHMENTS",
    "decisions.d1.kind, DECISIONS"
  })
  void pathsOfTheApiNameTheirSection(String text, CaseSection section) {
    FieldPath path = FieldPath.of(text);
    assertThat(path.value()).isEqualTo(text);
    assertThat(path).hasToString(text);
    assertThat(path.section()).isEqualTo(section);
  }

  @ParameterizedTest
  @EnumSource(CaseSection.class)
  void everySectionCanHoldValues(CaseSection section) {
    assertThat(FieldPath.of(section.code() + ".x").section()).isEqualTo(section);
  }

  @Test
  void theWellKnownPaths() {
    assertThat(FieldPath.TITLE).isEqualTo(FieldPath.of("overview.title"));
    assertThat(FieldPath.SUMMARY).isEqualTo(FieldPath.of("overview.summary"));
    assertThat(FieldPath.TITLE.section()).isEqualTo(CaseSection.OVERVIEW);
  }

  @Test
  void equalityAndOrderFollowTheText() {
    String person = "persons." + UUID.randomUUID() + ".name";
    assertThat(FieldPath.of(person))
        .isEqualTo(new FieldPath(person))
        .hasSameHashCodeAs(new FieldPath(person));
    TreeSet<FieldPath> sorted = new TreeSet<>();
    for (String text : List.of("persons.b.name", "overview.title", "overview.summary")) {
      sorted.add(FieldPath.of(text));
    }
    assertThat(sorted.stream().map(FieldPath::value))
        .containsExactly("overview.summary", "overview.title", "persons.b.name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "overview", "title", "persons"})
  void aSectionAloneIsNoPath(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FieldPath.of(text))
        .withMessageContaining("a section and a name, like overview.summary")
        .withMessageContaining("'" + text + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"secrets.title", "Overview.title", "OVERVIEW.title", "overviews.title"})
  void theFirstPartMustBeASection(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FieldPath.of(text))
        .withMessageContaining("'" + text.substring(0, text.indexOf('.')) + "' is not a section")
        .withMessageContaining(
            "overview, persons, documents, events, notes, tasks, attachments, decisions");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "overview.",
        "overview..title",
        ".overview.title",
        "overview.title.",
        "overview.ti tle",
        "overview.title ",
        "overview.ti/tle",
        "overview.ti\\tle",
        "overview.titel\u00e5",
        "persons.*.name",
        "persons.%2e%2e.name",
        "overview.title\n"
      })
  void eachPartIsLettersDigitsUnderscoreOrDash(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> FieldPath.of(text));
  }

  @Test
  void theReasonForABadPartQuotesThePath() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FieldPath.of("overview.ti tle"))
        .withMessage("a field path's parts are letters, digits, '_' and '-': 'overview.ti tle'");
  }

  @Test
  void aPartIsAtMostSixtyFourCharacters() {
    assertThat(FieldPath.of("notes." + "n".repeat(64)).value()).hasSize(70);
    assertThatIllegalArgumentException().isThrownBy(() -> FieldPath.of("notes." + "n".repeat(65)));
  }

  @Test
  void aPathIsAtMostTwoHundredCharacters() {
    String twoHundred = "notes." + "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(72);
    assertThat(twoHundred).hasSize(200);
    assertThatIllegalArgumentException().isThrownBy(() -> FieldPath.of(twoHundred));
    String fits = "notes." + "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(64);
    assertThat(FieldPath.of(fits).value()).hasSize(192);
    String tooLong = "notes." + ("a".repeat(63) + ".").repeat(3) + "d".repeat(3);
    assertThat(tooLong).hasSize(201);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FieldPath.of(tooLong))
        .withMessage("a field path is at most 200 characters");
    String longest = "notes." + ("a".repeat(63) + ".").repeat(3) + "d".repeat(2);
    assertThat(FieldPath.of(longest).value()).hasSize(FieldPath.MAX_LENGTH);
  }

  @Test
  void nullIsRejected() {
    assertThatNullPointerException().isThrownBy(() -> FieldPath.of(null)).withMessage("field path");
  }
}
