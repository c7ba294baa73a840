package se.knutpunkt.application.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import se.knutpunkt.application.InvalidInputException;
import se.knutpunkt.domain.agency.AgencyCode;
import se.knutpunkt.domain.sharing.Invitation;
import se.knutpunkt.domain.sharing.LegalBasis;
import se.knutpunkt.domain.sharing.SharingDemand;
import se.knutpunkt.domain.sharing.SharingGrounds;

/**
 * "Vad får jag dela med vem?": for each legal basis, what it lets be shared between which agencies
 * and what it demands be written down first, and for each agency what it does and needs. Read from
 * reference data in {@code config/} ({@value #RESOURCE}); the forms show it and the services hold
 * every invitation and disclosure to it, so the two can never disagree.
 */
@ApplicationScoped
public class SharingGuide {

  public static final String RESOURCE = "se/knutpunkt/config/sharing-guide.json";

  /** What the guide says of one legal basis, in Swedish ("sv") and English ("en"). */
  public record Entry(
      LegalBasis basis,
      Set<SharingDemand> demands,
      Optional<Set<AgencyCode>> caseOwnerIn,
      Optional<Set<AgencyCode>> bothIn,
      Map<String, String> title,
      Map<String, String> summary,
      Map<String, String> mayShare,
      Map<String, String> demandsText) {

    public boolean demands(SharingDemand demand) {
      return demands.contains(demand);
    }

    public String title(Locale locale) {
      return in(title, locale);
    }

    public String summary(Locale locale) {
      return in(summary, locale);
    }

    public String mayShare(Locale locale) {
      return in(mayShare, locale);
    }

    public String demandsText(Locale locale) {
      return in(demandsText, locale);
    }
  }

  private Map<LegalBasis, Entry> entries;
  private Map<AgencyCode, Map<String, String>> agencies;

  /** The guide shipped in {@code config/}. */
  public SharingGuide() {
    this(shipped());
  }

  SharingGuide(JsonObject guide) {
    Map<String, Set<AgencyCode>> lists = new LinkedHashMap<>();
    lists.put("lawEnforcement", agencies(guide.getJsonArray("lawEnforcement")));
    Map<LegalBasis, Entry> read = new EnumMap<>(LegalBasis.class);
    for (JsonObject basis : guide.getJsonArray("bases").getValuesAs(JsonObject.class)) {
      LegalBasis code =
          LegalBasis.fromCode(basis.getString("code"))
              .orElseThrow(
                  () -> new IllegalStateException("unknown basis " + basis.getString("code")));
      Set<SharingDemand> demands = EnumSet.noneOf(SharingDemand.class);
      basis.getJsonArray("demands").getValuesAs(JsonString.class).stream()
          .map(s -> SharingDemand.valueOf(s.getString()))
          .forEach(demands::add);
      Optional<Set<AgencyCode>> ownerIn =
          basis.containsKey("caseOwnerIn")
              ? Optional.of(lists.get(basis.getString("caseOwnerIn")))
              : Optional.empty();
      Optional<Set<AgencyCode>> bothIn =
          basis.containsKey("bothIn")
              ? Optional.of(agencies(basis.getJsonArray("bothIn")))
              : Optional.empty();
      read.put(
          code,
          new Entry(
              code,
              Set.copyOf(demands),
              ownerIn,
              bothIn,
              texts(basis.getJsonObject("title")),
              texts(basis.getJsonObject("summary")),
              texts(basis.getJsonObject("mayShare")),
              texts(basis.getJsonObject("demandsText"))));
    }
    for (LegalBasis basis : LegalBasis.values()) {
      if (!read.containsKey(basis)) {
        throw new IllegalStateException("the sharing guide says nothing of " + basis);
      }
    }
    entries = read;
    Map<AgencyCode, Map<String, String>> notes = new LinkedHashMap<>();
    guide
        .getJsonObject("agencies")
        .forEach((code, texts) -> notes.put(AgencyCode.of(code), texts((JsonObject) texts)));
    agencies = notes;
  }

  private static JsonObject shipped() {
    ClassLoader loader = SharingGuide.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the sharing guide " + RESOURCE + " is not on the class path");
      }
      try (JsonReader reader = Json.createReader(in)) {
        return reader.readObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<AgencyCode> agencies(JsonArray codes) {
    Set<AgencyCode> agencies = new TreeSet<>();
    codes.getValuesAs(JsonString.class).forEach(s -> agencies.add(AgencyCode.of(s.getString())));
    return Set.copyOf(agencies);
  }

  private static Map<String, String> texts(JsonObject texts) {
    Map<String, String> read = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> text : texts.entrySet()) {
      read.put(text.getKey(), ((JsonString) text.getValue()).getString());
    }
    if (!read.containsKey("sv") || !read.containsKey("en")) {
      throw new IllegalStateException("every text of the guide is in Swedish and English");
    }
    return Map.copyOf(read);
  }

  private static String in(Map<String, String> texts, Locale locale) {
    return texts.getOrDefault(locale.getLanguage(), texts.get("sv"));
  }

  public Entry entry(LegalBasis basis) {
    return entries.get(basis);
  }

  public List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  /** What the guide says an agency does and needs, if it says anything. */
  public Optional<String> aboutAgency(AgencyCode agency, Locale locale) {
    return Optional.ofNullable(agencies.get(agency)).map(texts -> in(texts, locale));
  }

  /** Whether the basis can apply to sharing from {@code from} to {@code to} in the owner's case. */
  public boolean applies(LegalBasis basis, AgencyCode caseOwner, AgencyCode from, AgencyCode to) {
    Entry entry = entries.get(basis);
    return entry.caseOwnerIn().map(owners -> owners.contains(caseOwner)).orElse(true)
        && entry.bothIn().map(both -> both.contains(from) && both.contains(to)).orElse(true);
  }

  /**
   * Holds grounds to the guide: the basis applies between these agencies and everything it demands
   * is written out (and storable). Returns the grounds as they will be kept.
   */
  public SharingGrounds check(
      SharingGrounds grounds, AgencyCode caseOwner, AgencyCode from, AgencyCode to) {
    LegalBasis basis = grounds.legalBasis();
    if (!applies(basis, caseOwner, from, to)) {
      throw new InvalidInputException(
          "legalBasis", "sharing.basisNotBetween", basis.code(), from.value(), to.value());
    }
    SharingGrounds kept =
        new SharingGrounds(
            basis,
            WrittenText.optional("needsTest", grounds.needsTest(), Invitation.MAX_GROUNDS_TEXT),
            WrittenText.optional("balancing", grounds.balancing(), Invitation.MAX_GROUNDS_TEXT),
            WrittenText.optional("consent", grounds.consent(), Invitation.MAX_TEXT));
    for (SharingDemand demand : entries.get(basis).demands()) {
      if (kept.answerTo(demand).isEmpty()) {
        throw new InvalidInputException(
            fieldOf(demand), "sharing.demanded." + fieldOf(demand), basis.code());
      }
    }
    return kept;
  }

  /** The name of the field (in the API and the forms) that answers a demand. */
  public static String fieldOf(SharingDemand demand) {
    return switch (demand) {
      case NEEDS_TEST -> "needsTest";
      case BALANCING -> "balancing";
      case CONSENT -> "consent";
    };
  }
}
