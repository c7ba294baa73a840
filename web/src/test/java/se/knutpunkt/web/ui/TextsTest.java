package se.knutpunkt.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import se.knutpunkt.application.audit.AnomalyRules;

/** The pages' texts: both languages say the same things, and every marker has its reason. */
class TextsTest {

  /** One file's own texts, without a parent bundle's (which would hide a missing key). */
  private static Properties texts(String file) throws IOException {
    Properties texts = new Properties();
    try (InputStream in = TextsTest.class.getResourceAsStream("/se/knutpunkt/web/i18n/" + file)) {
      assertThat(in).as(file).isNotNull();
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return texts;
  }

  @Test
  void swedishAndEnglishHoldTheSameKeys() throws IOException {
    assertThat(texts("messages_en.properties").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(texts("messages.properties").stringPropertyNames());
  }

  @Test
  void everyAnomalyMarkerIsExplainedInBothLanguages() throws IOException {
    for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
      Properties texts = texts(file);
      for (AnomalyRules.Marker marker : AnomalyRules.Marker.values()) {
        assertThat(texts.getProperty("auditWorkspace.marker." + marker.name()))
            .as("%s in %s", marker, file)
            .isNotBlank();
      }
    }
  }
}
