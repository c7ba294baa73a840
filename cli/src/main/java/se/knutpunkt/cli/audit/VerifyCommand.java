package se.knutpunkt.cli.audit;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.knutpunkt.cli.crypto.CliFailure;
import se.knutpunkt.security.auditlog.checkpoint.SignedCheckpoint;
import se.knutpunkt.security.auditlog.checkpoint.VerifierKey;
import se.knutpunkt.security.auditlog.merkle.ConsistencyProof;
import se.knutpunkt.security.auditlog.merkle.MerkleHash;
import se.knutpunkt.security.auditlog.merkle.TreeSize;
import se.knutpunkt.security.auditlog.verify.LeafPageFormat;
import se.knutpunkt.security.auditlog.verify.LogVerifier;
import se.knutpunkt.security.auditlog.verify.RememberedLog;
import se.knutpunkt.security.auditlog.verify.VerificationReport;
import se.knutpunkt.security.auditlog.verify.VerificationRun;

/**
 * {@code audit verify --user U}: fetches the newest signed checkpoint and every leaf up to its
 * size, recomputes the tree, checks the signature against the pinned verifier key and the
 * consistency with the checkpoint remembered from the last successful run, and names the first
 * entry that does not fit (docs/audit-log.md, "Verifying the log"). Exit 0 only when all of it
 * holds.
 *
 * <p>The verifier key is pinned on first use (or given with --verifier-key); a server that later
 * publishes another key fails the run.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Verify the whole audit log against its signed checkpoint and the one remembered from the"
          + " last run; names the first entry that does not fit. Exit 0 only if it verifies."
    })
public final class VerifyCommand implements Callable<Integer> {

  static final String PASSWORD_VARIABLE = "KNUTPUNKT_PASSWORD";
  private static final int PAGE = 10_000;
  private static final int PAGES_IN_FLIGHT = 3;

  @Spec CommandSpec spec;

  @Option(names = "--user", required = true, description = "an auditor's username")
  String user;

  @Option(
      names = "--password",
      description = "the user's password (else $" + PASSWORD_VARIABLE + ", else asked)")
  String password;

  @Option(
      names = "--server",
      defaultValue = "${env:KNUTPUNKT_URL:-http://127.0.0.1:8080/knutpunkt}",
      description = "Knutpunkt's address (default: ${DEFAULT-VALUE})")
  String server;

  @Option(
      names = "--realm",
      defaultValue = "${env:KNUTPUNKT_REALM_URL:-http://127.0.0.1:8180/realms/knutpunkt}",
      description = "the identity provider's realm (default: ${DEFAULT-VALUE})")
  String realm;

  @Option(
      names = "--state-dir",
      defaultValue = "${env:KNUTPUNKT_AUDIT_STATE:-${sys:user.home}/.knutpunkt/audit}",
      description = "where the pinned key and the remembered checkpoint are kept")
  Path stateDir;

  @Option(
      names = "--verifier-key",
      description = "the log's verifier key (<name>+<id>+<base64>); pinned on first use otherwise")
  String verifierKey;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    KnutpunktServer api = KnutpunktServer.signIn(server, realm, user, password());
    Path dir = stateDir.resolve(serverName());
    VerifierKey key = pinnedKey(api, dir.resolve("verifier.key"), out);
    Path stateFile = dir.resolve("remembered.state");
    Optional<RememberedLog> remembered =
        Files.exists(stateFile)
            ? Optional.of(RememberedLog.load(stateFile, key))
            : Optional.empty();

    String note = api.text("/audit/checkpoint");
    VerificationRun run = new LogVerifier(key).start(note, remembered);
    if (!run.hasFailed()) {
      long size = SignedCheckpoint.open(note, key).checkpoint().size().value();
      remembered
          .filter(r -> r.size() > 0 && r.size() < size)
          .ifPresent(r -> run.checkConsistency(consistency(api, r.size(), size)));
      fetchAndCheck(api, run, size);
    }
    VerificationReport report = run.finish();
    out.println(report.summary());
    if (report.verified()) {
      Files.createDirectories(dir);
      report.nextState().ifPresent(s -> s.save(stateFile));
      return 0;
    }
    return 1;
  }

  /** Pages of leaves, a few in flight while the verifier checks the one before. */
  private static void fetchAndCheck(KnutpunktServer api, VerificationRun run, long size) {
    Deque<CompletableFuture<byte[]>> pages = new ArrayDeque<>();
    LeafPageFormat.Entries entries = LeafPageFormat.into(run);
    long next = 0;
    while (next < size || !pages.isEmpty()) {
      while (next < size && pages.size() < PAGES_IN_FLIGHT) {
        long end = Math.min(size, next + PAGE);
        pages.add(api.leaves(next, end));
        next = end;
      }
      byte[] page;
      try {
        page = pages.removeFirst().join();
      } catch (CompletionException e) {
        pages.forEach(p -> p.cancel(true));
        throw e.getCause() instanceof CliFailure failure
            ? failure
            : new CliFailure("fetching leaves failed: " + e.getCause(), e);
      }
      try {
        LeafPageFormat.read(page, entries);
      } catch (LeafPageFormat.MalformedLeafPageException e) {
        pages.forEach(p -> p.cancel(true));
        throw new CliFailure("the server's page of leaves is malformed: " + e.getMessage(), e);
      }
      if (run.hasFailed()) {
        pages.forEach(p -> p.cancel(true));
        return;
      }
    }
  }

  private static ConsistencyProof consistency(KnutpunktServer api, long first, long second) {
    List<MerkleHash> hashes =
        api.hashes("/audit/proof/consistency?first=" + first + "&second=" + second).stream()
            .map(MerkleHash::fromBase64)
            .toList();
    return new ConsistencyProof(TreeSize.of(first), TreeSize.of(second), hashes);
  }

  private VerifierKey pinnedKey(KnutpunktServer api, Path pinned, PrintWriter out)
      throws IOException {
    VerifierKey published = VerifierKey.parse(api.text("/audit/public-key").strip());
    VerifierKey expected;
    if (verifierKey != null) {
      expected = VerifierKey.parse(verifierKey.strip());
    } else if (Files.exists(pinned)) {
      expected = VerifierKey.parse(Files.readString(pinned, StandardCharsets.US_ASCII).strip());
    } else {
      Files.createDirectories(pinned.getParent());
      Files.writeString(pinned, published.encoded() + "\n", StandardCharsets.US_ASCII);
      out.println(
          "pinned the log's verifier key on first use: "
              + published.encoded()
              + " (compare it with the one your supervisory authority publishes)");
      return published;
    }
    if (!expected.equals(published)) {
      throw new CliFailure(
          "the server publishes verifier key "
              + published.encoded()
              + ", not the pinned "
              + expected.encoded()
              + ": the log's key changed; checking against the pinned key");
    }
    return expected;
  }

  private String serverName() {
    URI uri = URI.create(server);
    return (uri.getHost() + "_" + (uri.getPort() < 0 ? "default" : uri.getPort()))
        .replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private String password() {
    if (password != null) {
      return password;
    }
    String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
    if (fromEnvironment != null) {
      return fromEnvironment;
    }
    Console console = System.console();
    if (console == null) {
      throw new CliFailure(
          "no password: give --password or set "
              + PASSWORD_VARIABLE
              + " (there is no console to ask on)");
    }
    char[] typed = console.readPassword("Password for %s: ", user);
    if (typed == null) {
      throw new CliFailure("no password was entered");
    }
    return new String(typed);
  }
}
