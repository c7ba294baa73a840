package se.knutpunkt.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import se.knutpunkt.application.audit.AnomalyRules;
import se.knutpunkt.it.support.Api;
import se.knutpunkt.it.support.AuditCli;
import se.knutpunkt.it.support.AuditCsv;
import se.knutpunkt.it.support.Deployments;
import se.knutpunkt.it.support.OutsideVerifier;
import se.knutpunkt.security.auditlog.checkpoint.SignedCheckpoint;
import se.knutpunkt.security.auditlog.checkpoint.VerifierKey;
import se.knutpunkt.security.auditlog.leaf.AuditEvent;
import se.knutpunkt.security.auditlog.leaf.AuditLeaf;
import se.knutpunkt.security.auditlog.merkle.InclusionProof;
import se.knutpunkt.security.auditlog.merkle.LeafIndex;
import se.knutpunkt.security.auditlog.merkle.MerkleHash;
import se.knutpunkt.security.auditlog.merkle.TreeHasher;
import se.knutpunkt.security.auditlog.merkle.TreeHead;

/** The verifiable audit log over the API, as auditors and outside verifiers use it. */
@ExtendWith(ArquillianExtension.class)
class AuditApiIT {

  @TempDir static Path state;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.knutpunkt();
  }

  private static String openCase(Api api, String title) {
    Api.Response created = api.post("/cases", "{\"title\":\"" + title + "\",\"type\":\"TIPS\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getString("id");
  }

  private static List<JsonObject> entries(Api auditor, String query) {
    Api.Response response = auditor.get("/audit/entries?" + query);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json().getJsonArray("entries").stream().map(JsonValue::asJsonObject).toList();
  }

  private static void assertProblem(Api.Response response, int status) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void readingACaseIsInASignedCheckpointWithinASecondAndProvablySo() throws Exception {
    Api anna = Api.as("anna.pmy");
    Api ivar = Api.as("ivar.imy");
    String id = openCase(anna, "Granskad läsning");
    String key = Api.anonymous().get("/audit/public-key").body();

    assertThat(anna.get("/cases/" + id).status()).isEqualTo(200);
    long readAt = System.nanoTime();
    JsonObject read = null;
    OutsideVerifier.Checkpoint checkpoint = null;
    while (System.nanoTime() - readAt < 3_000_000_000L) {
      List<JsonObject> found = entries(ivar, "caseId=" + id + "&action=case.read");
      if (!found.isEmpty()) {
        read = found.get(0);
        checkpoint = OutsideVerifier.open(anna.get("/audit/checkpoint").body(), key);
        if (checkpoint.size() > read.getJsonNumber("index").longValue()) {
          break;
        }
      }
      Thread.sleep(50);
    }
    long millis = (System.nanoTime() - readAt) / 1_000_000;
    assertThat(read).as("anna's read of the case is in the log").isNotNull();
    assertThat(millis).as("ms until the read was in a signed checkpoint").isLessThanOrEqualTo(1000);
    assertThat(read.getString("actor")).isEqualTo("anna.pmy");
    assertThat(read.getString("agency")).isEqualTo("PMY");
    assertThat(read.getString("outcome")).isEqualTo("PERMIT");

    long index = read.getJsonNumber("index").longValue();
    long size = checkpoint.size();
    byte[] leaf =
        Base64.getDecoder()
            .decode(
                ivar.get("/audit/leaves?start=" + index + "&end=" + (index + 1))
                    .array()
                    .getString(0));
    List<byte[]> path =
        ivar
            .get("/audit/proof/inclusion?index=" + index + "&treeSize=" + size)
            .json()
            .getJsonArray("hashes")
            .getValuesAs(JsonString::getString)
            .stream()
            .map(Base64.getDecoder()::decode)
            .toList();
    assertThat(
            OutsideVerifier.includes(
                index, size, OutsideVerifier.leafHash(leaf), path, checkpoint.root()))
        .as("RFC 9162 inclusion of entry %d in the signed tree of size %d", index, size)
        .isTrue();
    assertThat(new String(leaf, java.nio.charset.StandardCharsets.UTF_8))
        .contains("anna.pmy")
        .contains(id);
  }

  @Test
  void investigatorsGet403OnTheAuditorsCallsAndEveryoneGetsTheKey() {
    Api anna = Api.as("anna.pmy");
    assertProblem(anna.get("/audit/entries"), 403);
    assertProblem(anna.get("/audit/leaves?start=0&end=1"), 403);
    assertProblem(anna.get("/audit/proof/inclusion?index=0&treeSize=1"), 403);
    assertProblem(anna.get("/audit/proof/consistency?first=0&second=1"), 403);
    assertProblem(Api.as("admin").get("/audit/entries"), 403);
    assertThat(anna.get("/audit/checkpoint").status()).isEqualTo(200);
    assertProblem(Api.anonymous().get("/audit/checkpoint"), 401);
    Api.Response key = Api.anonymous().get("/audit/public-key");
    assertThat(key.status()).isEqualTo(200);
    assertThat(key.body()).matches("[^+\\s]+\\+[0-9a-f]{8}\\+[A-Za-z0-9+/]{44}");
  }

  @Test
  void anAgencysAuditorSeesOnlyEntriesOfTheirAgencyAndImySeesAll() throws Exception {
    String migCase = openCase(Api.as("maria.mig"), "Skenäktenskap Uppsala");
    String pmyCase = openCase(Api.as("anna.pmy"), "Kapad identitet Lund");
    Api alva = Api.as("alva.pmy");
    Api ivar = Api.as("ivar.imy");
    long deadline = System.currentTimeMillis() + 3000;
    while (entries(ivar, "caseId=" + migCase).isEmpty()
        || entries(ivar, "caseId=" + pmyCase).isEmpty()) {
      assertThat(System.currentTimeMillis()).as("entries integrated").isLessThan(deadline);
      Thread.sleep(50);
    }
    assertThat(entries(ivar, "caseId=" + migCase)).isNotEmpty();
    assertThat(entries(alva, "caseId=" + migCase)).as("MIG's case, by MIG").isEmpty();
    assertThat(entries(alva, "caseId=" + pmyCase)).isNotEmpty();
    assertThat(entries(Api.as("ivar.imy"), "actor=maria.mig")).isNotEmpty();
    assertThat(entries(alva, "actor=maria.mig"))
        .allSatisfy(e -> assertThat(e.getString("resourceOwner", "")).isEqualTo("PMY"));
    for (JsonObject entry : entries(alva, "")) {
      assertThat(
              entry.getString("agency").equals("PMY")
                  || entry.getString("resourceOwner", "").equals("PMY"))
          .as("alva.pmy sees %s", entry)
          .isTrue();
    }
  }

  @Test
  void anAgencysAuditorVerifiesTheWholeLogWhileReadingNoEntryOutsideTheirReach() throws Exception {
    String migCase = openCase(Api.as("maria.mig"), "Förfalskat pass Malmö");
    Api alva = Api.as("alva.pmy");
    Api ivar = Api.as("ivar.imy");
    long deadline = System.currentTimeMillis() + 3000;
    List<JsonObject> migEntries = entries(ivar, "caseId=" + migCase);
    while (migEntries.isEmpty()) {
      assertThat(System.currentTimeMillis()).as("entries integrated").isLessThan(deadline);
      Thread.sleep(50);
      migEntries = entries(ivar, "caseId=" + migCase);
    }
    long migIndex = migEntries.get(0).getJsonNumber("index").longValue();
    String key = Api.anonymous().get("/audit/public-key").body();
    OutsideVerifier.Checkpoint checkpoint =
        OutsideVerifier.open(alva.get("/audit/checkpoint").body(), key);
    assertThat(checkpoint.size()).isGreaterThan(migIndex);

    List<byte[]> leafHashes = new java.util.ArrayList<>();
    long inFull = 0;
    for (long start = 0; start < checkpoint.size(); start += 10_000) {
      long end = Math.min(checkpoint.size(), start + 10_000);
      for (JsonValue served : alva.get("/audit/leaves?start=" + start + "&end=" + end).array()) {
        if (served.getValueType() == JsonValue.ValueType.STRING) {
          byte[] leaf = Base64.getDecoder().decode(((JsonString) served).getString());
          se.knutpunkt.security.auditlog.leaf.AuditEvent event =
              se.knutpunkt.security.auditlog.leaf.AuditLeaf.decode(leaf).event();
          assertThat(
                  event.actor().agency().equals("PMY")
                      || event.resource().ownerAgency().orElse("").equals("PMY"))
              .as("alva.pmy reads entry %s in full", event)
              .isTrue();
          leafHashes.add(OutsideVerifier.leafHash(leaf));
          inFull++;
        } else {
          leafHashes.add(Base64.getDecoder().decode(served.asJsonObject().getString("leafHash")));
        }
      }
    }
    assertThat(leafHashes).hasSize((int) checkpoint.size());
    assertThat(inFull).as("PMY's own entries come in full").isPositive();
    assertThat(inFull).as("MIG's case is outside PMY's reach").isLessThan(checkpoint.size());
    assertThat(OutsideVerifier.root(leafHashes))
        .as("the mix of entries and hashes rebuilds the signed root")
        .isEqualTo(checkpoint.root());
    assertThat(ivar.get("/audit/leaves?start=" + migIndex + "&end=" + (migIndex + 1)).array())
        .as("IMY reads every entry in full")
        .allSatisfy(v -> assertThat(v.getValueType()).isEqualTo(JsonValue.ValueType.STRING));

    AuditCli.Run verify = AuditCli.run("verify", "alva.pmy", state);
    assertThat(verify.exit()).as(verify.output()).isZero();
    assertThat(verify.output()).contains("audit log verifies").contains("outside your reach");
  }

  @Test
  void anAuditorSearchesByAgencyAndOutcomeAndTheSearchIsItselfRecorded() throws Exception {
    Api sara = Api.as("sara.skv");
    for (int i = 0; i < AnomalyRules.REPEATED_DENIALS; i++) {
      assertThat(sara.get("/cases/00000000-0000-4000-8000-000000000000").status()).isEqualTo(404);
    }
    Api ivar = Api.as("ivar.imy");
    String since = java.time.Instant.now().minusSeconds(5).toString();
    List<JsonObject> denials = List.of();
    for (int i = 0; i < 50 && denials.size() < AnomalyRules.REPEATED_DENIALS; i++) {
      denials =
          ivar
              .get("/audit/entries?agency=SKV&outcome=DENY&from=" + since)
              .json()
              .getJsonArray("entries")
              .stream()
              .map(JsonValue::asJsonObject)
              .toList();
      Thread.sleep(100);
    }
    assertThat(denials).isNotEmpty();
    assertThat(denials)
        .allSatisfy(
            e -> {
              assertThat(e.getString("agency")).isEqualTo("SKV");
              assertThat(e.getString("outcome")).isEqualTo("DENY");
              assertThat(e.getJsonArray("markers").getValuesAs(JsonString::getString))
                  .contains("DENIED");
            });
    assertThat(denials.get(0).getJsonArray("markers").getValuesAs(JsonString::getString))
        .as("sara's third denial within ten minutes")
        .contains("REPEATED_DENIALS");
    List<JsonObject> searches = List.of();
    for (int i = 0; i < 50 && searches.isEmpty(); i++) {
      searches =
          ivar
              .get("/audit/entries?actor=ivar.imy&action=audit.entries.search&from=" + since)
              .json()
              .getJsonArray("entries")
              .stream()
              .map(JsonValue::asJsonObject)
              .filter(e -> "SKV".equals(e.getJsonObject("details").getString("agency", null)))
              .toList();
      Thread.sleep(100);
    }
    assertThat(searches).as("ivar's own search, with what it asked for").isNotEmpty();
    assertThat(searches.get(0).getJsonObject("details").getString("outcome")).isEqualTo("DENY");
  }

  @Test
  void badQuestionsGetProblemsNotErrors() {
    Api ivar = Api.as("ivar.imy");
    assertProblem(ivar.get("/audit/leaves?start=-1&end=1"), 400);
    assertProblem(ivar.get("/audit/leaves?start=0&end=20000"), 400);
    assertProblem(ivar.get("/audit/leaves?start=0&end=999999999"), 400);
    assertProblem(ivar.get("/audit/leaves?start=zero&end=1"), 400);
    assertProblem(ivar.get("/audit/leaves"), 400);
    assertProblem(ivar.get("/audit/proof/inclusion?index=5&treeSize=5"), 400);
    assertProblem(ivar.get("/audit/proof/consistency?first=3&second=2"), 400);
    assertProblem(ivar.get("/audit/proof/consistency?first=1&second=999999999"), 400);
    assertProblem(ivar.get("/audit/entries?from=yesterday"), 400);
    assertProblem(ivar.get("/audit/entries?page=0"), 400);
    assertProblem(ivar.get("/audit/entries?outcome=MAYBE"), 400);
    assertProblem(
        ivar.get("/audit/entries?from=2026-11-23T10:00:00Z&to=2026-11-22T10:00:00Z"), 400);
    assertThat(ivar.get("/audit/leaves?start=0&end=0").body()).isEqualTo("[]");
  }

  /** An export as the API answers it: an attachment, never cached. */
  private static AuditCsv export(Api.Response response) throws IOException {
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("text/csv").contains("charset=utf-8");
    assertThat(response.header("Content-Disposition").orElse(""))
        .matches("attachment; filename=\"knutpunkt-audit-[0-9T]+Z-tree-[0-9]+\\.csv\"");
    assertThat(response.header("Cache-Control").orElse("")).contains("no-store");
    return AuditCsv.parse(response.body());
  }

  @Test
  void anExportCarriesItsCheckpointAndEveryRowsProofWhichVerifyWithoutTheRepositorysCode()
      throws Exception {
    Api anna = Api.as("anna.pmy");
    Api ivar = Api.as("ivar.imy");
    String id = openCase(anna, "Exporterad läsning");
    assertThat(anna.get("/cases/" + id).status()).isEqualTo(200);
    assertThat(Api.as("erik.pmy").get("/cases/" + id).status()).isEqualTo(404);
    long deadline = System.currentTimeMillis() + 3000;
    AuditCsv export;
    do {
      Thread.sleep(100);
      export = export(ivar.get("/audit/export?caseId=" + id));
      assertThat(System.currentTimeMillis())
          .as("the entries are checkpointed")
          .isLessThan(deadline);
      // erik's refused read came last: once it is in, the earlier entries are too
    } while (export.rows().stream().noneMatch(row -> row.get("actor").equals("erik.pmy")));

    String published = Api.anonymous().get("/audit/public-key").body().strip();
    assertThat(export.verifierKey()).isEqualTo(published);
    // outside: JDK Ed25519 over the C2SP signed note, RFC 9162 inclusion restated in the test
    OutsideVerifier.Checkpoint outside = OutsideVerifier.open(export.note(), published);
    assertThat(outside.size()).isEqualTo(export.treeSize());
    // inside: the repository's own verifier
    TreeHead head =
        SignedCheckpoint.open(export.note(), VerifierKey.parse(published)).checkpoint().head();
    assertThat(head.size().value()).isEqualTo(export.treeSize());

    TreeHasher hasher = new TreeHasher();
    List<String> actions = new ArrayList<>();
    for (CSVRecord row : export.rows()) {
      long index = Long.parseLong(row.get("index"));
      byte[] leaf = Base64.getDecoder().decode(row.get("leaf"));
      List<byte[]> path = AuditCsv.proofOf(row);
      assertThat(index).isLessThan(export.treeSize());
      assertThat(
              OutsideVerifier.includes(
                  index, export.treeSize(), OutsideVerifier.leafHash(leaf), path, outside.root()))
          .as("outside check of row %d", index)
          .isTrue();
      assertThat(
              new InclusionProof(
                      LeafIndex.of(index), head.size(), path.stream().map(MerkleHash::of).toList())
                  .verifies(hasher.leafHash(leaf), head))
          .as("InclusionProof.verifies for row %d", index)
          .isTrue();
      AuditLeaf decoded = AuditLeaf.decode(leaf);
      AuditEvent event = decoded.event();
      assertThat(decoded.index().value()).isEqualTo(index);
      assertThat(row.get("time")).isEqualTo(event.at().toString());
      assertThat(row.get("actor")).isEqualTo(event.actor().username());
      assertThat(row.get("actor_agency")).isEqualTo(event.actor().agency());
      assertThat(row.get("action")).isEqualTo(event.action().name());
      assertThat(row.get("outcome")).isEqualTo(event.outcome().name());
      assertThat(row.get("case_id")).isEqualTo(id);
      assertThat(row.get("resource_owner_agency")).isEqualTo("PMY");
      actions.add(row.get("actor") + " " + row.get("action") + " " + row.get("outcome"));
    }
    assertThat(actions)
        .contains("anna.pmy case.create PERMIT", "anna.pmy case.read PERMIT")
        .anyMatch(a -> a.startsWith("erik.pmy ") && a.endsWith(" DENY"));
    assertThat(export.rows().stream().map(r -> Long.parseLong(r.get("index"))).toList()).isSorted();
    assertThat(export.lastLine()).isEqualTo("# end of export: " + export.rows().size() + " rows");
    assertThat(String.join("\n", export.rows().stream().map(CSVRecord::toString).toList()))
        .as("no case content in the export")
        .doesNotContain("Exporterad läsning");

    List<JsonObject> recorded = List.of();
    for (int i = 0; i < 30 && recorded.isEmpty(); i++) {
      Thread.sleep(100);
      recorded =
          entries(ivar, "actor=ivar.imy&action=audit.entries.export").stream()
              .filter(e -> id.equals(e.getJsonObject("details").getString("caseId", null)))
              .toList();
    }
    assertThat(recorded).as("ivar's export is itself recorded, with its filter").isNotEmpty();
    assertThat(recorded.get(0).getJsonObject("details").getString("rows")).matches("[0-9]+");

    long started = System.nanoTime();
    Api.Response whole = ivar.get("/audit/export");
    long millis = (System.nanoTime() - started) / 1_000_000;
    AuditCsv everything = export(whole);
    assertThat(everything.rows()).hasSizeGreaterThan(export.rows().size());
    for (CSVRecord row : everything.rows()) {
      long index = Long.parseLong(row.get("index"));
      byte[] leaf = Base64.getDecoder().decode(row.get("leaf"));
      assertThat(
              OutsideVerifier.includes(
                  index,
                  everything.treeSize(),
                  OutsideVerifier.leafHash(leaf),
                  AuditCsv.proofOf(row),
                  OutsideVerifier.open(everything.note(), published).root()))
          .as("outside check of row %d of the whole log", index)
          .isTrue();
    }
    System.out.printf(
        "export of the whole log: %d rows (tree size %d), %d characters, in %d ms%n",
        everything.rows().size(), everything.treeSize(), whole.body().length(), millis);
  }

  @Test
  void anAgencysAuditorExportsNothingOutsideTheirReach() throws Exception {
    String migCase = openCase(Api.as("maria.mig"), "Exporterat MIG-ärende");
    String pmyCase = openCase(Api.as("anna.pmy"), "Exporterat PMY-ärende");
    Api ivar = Api.as("ivar.imy");
    long deadline = System.currentTimeMillis() + 3000;
    while (entries(ivar, "caseId=" + migCase).isEmpty()
        || entries(ivar, "caseId=" + pmyCase).isEmpty()) {
      assertThat(System.currentTimeMillis()).as("entries integrated").isLessThan(deadline);
      Thread.sleep(50);
    }
    Thread.sleep(1000); // and in a signed checkpoint
    Api alva = Api.as("alva.pmy");
    AuditCsv all = export(alva.get("/audit/export"));
    assertThat(all.rows()).isNotEmpty();
    assertThat(all.rows())
        .allSatisfy(
            row ->
                assertThat(
                        row.get("actor_agency").equals("PMY")
                            || row.get("resource_owner_agency").equals("PMY"))
                    .as("alva.pmy exports %s", row)
                    .isTrue());
    assertThat(all.rows()).noneMatch(row -> row.get("case_id").equals(migCase));
    assertThat(all.rows()).anyMatch(row -> row.get("case_id").equals(pmyCase));
    assertThat(export(alva.get("/audit/export?caseId=" + migCase)).rows())
        .as("MIG's case, by MIG")
        .isEmpty();
    assertThat(export(ivar.get("/audit/export?caseId=" + migCase)).rows()).isNotEmpty();
  }

  @Test
  void onlyAuditorsExportAndBadFiltersGetProblems() {
    assertProblem(Api.as("anna.pmy").get("/audit/export"), 403);
    assertProblem(Api.as("admin").get("/audit/export"), 403);
    assertProblem(Api.anonymous().get("/audit/export"), 401);
    Api ivar = Api.as("ivar.imy");
    assertProblem(ivar.get("/audit/export?from=yesterday"), 400);
    assertProblem(ivar.get("/audit/export?outcome=MAYBE"), 400);
    assertProblem(ivar.get("/audit/export?from=2026-11-23T10:00:00Z&to=2026-11-22T10:00:00Z"), 400);
  }
}
