package se.knutpunkt.web.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static se.knutpunkt.application.casework.CaseworkFixture.as;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.knutpunkt.application.casework.CaseService;
import se.knutpunkt.application.casework.CaseworkFixture;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.casefile.CaseId;
import se.knutpunkt.domain.casefile.CaseType;
import se.knutpunkt.domain.casefile.FieldPath;
import se.knutpunkt.domain.marking.ClassificationLevel;
import se.knutpunkt.domain.marking.LegalReference;
import se.knutpunkt.domain.marking.Marking;
import se.knutpunkt.domain.user.Username;

/**
 * Every path by which a case value reaches JSON, with a value erik.pmy (cleared INTERNAL) may not
 * see: neither the value nor who wrote it, nor when, may reach his JSON.
 */
class CaseJsonLeakTest {

  private static final String SECRET = "Kontonummer 7391-1234 hos banken";
  private static final String SECRET_TITLE = "Hemlig rubrik om Malmö";

  private final CaseworkFixture fixture = new CaseworkFixture();
  private final CaseService service = fixture.service;
  private final CaseId id;

  CaseJsonLeakTest() {
    id = service.openCase(as("petter.pmy"), "Öppen rubrik", CaseType.TIPS);
    service.addMember(as("petter.pmy"), id, Username.of("erik.pmy"));
    Marking confidential =
        Marking.of(
            ClassificationLevel.CONFIDENTIAL,
            AgencyCode.of("PMY"),
            new LegalReference("OSL 35 kap. 1 §"));
    service.writeField(
        as("petter.pmy"), id, FieldPath.SUMMARY, SECRET, 0, Optional.of(confidential));
    service.writeField(
        as("petter.pmy"), id, FieldPath.TITLE, SECRET_TITLE, 1, Optional.of(confidential));
  }

  private static JsonObject field(JsonObject caseJson, String path) {
    return caseJson.getJsonArray("fields").stream()
        .map(JsonValue::asJsonObject)
        .filter(f -> f.getString("path").equals(path))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theCaseViewCarriesAPlaceholderWithoutValueAuthorOrTime() {
    JsonObject json = CaseJson.view(service.open(as("erik.pmy"), id));
    assertThat(json.toString()).doesNotContain(SECRET).doesNotContain(SECRET_TITLE);
    JsonObject summary = field(json, "overview.summary");
    assertThat(summary.keySet())
        .containsExactlyInAnyOrder("path", "version", "marking", "redacted");
    assertThat(json.isNull("title")).isTrue();
    assertThat(json.getBoolean("titleRedacted")).isTrue();
  }

  @Test
  void myCasesCarriesNoTitleTheReaderMayNotSee() {
    JsonObject line = CaseJson.summary(service.myCases(as("erik.pmy")).get(0));
    assertThat(line.toString()).doesNotContain(SECRET_TITLE);
    assertThat(line.isNull("title")).isTrue();
  }

  @Test
  void aHistoryShowsAWithheldVersionByNumberAndMarkingOnly() {
    JsonObject withheld =
        CaseJson.version(service.history(as("erik.pmy"), id, FieldPath.TITLE).get(1));
    assertThat(withheld.keySet()).containsExactlyInAnyOrder("version", "marking", "redacted");
    assertThat(withheld.toString()).doesNotContain(SECRET_TITLE).doesNotContain("petter.pmy");
    JsonObject released =
        CaseJson.version(service.history(as("erik.pmy"), id, FieldPath.TITLE).get(0));
    assertThat(released.getString("author")).isEqualTo("petter.pmy");
    assertThat(released.getString("value")).isEqualTo("Öppen rubrik");
  }
}
