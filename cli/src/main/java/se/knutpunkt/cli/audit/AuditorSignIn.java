package se.knutpunkt.cli.audit;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import se.knutpunkt.cli.crypto.CliFailure;
import se.knutpunkt.security.auditlog.checkpoint.VerifierKey;

/**
 * What every audit command needs to reach the log as an auditor: who signs in where, where its
 * state is kept, and the log's verifier key, pinned on first use (or given) so that a server that
 * later publishes another key fails the run. A picocli mixin of {@code audit verify} and {@code
 * audit witness}.
 */
final class AuditorSignIn {

  static final String PASSWORD_VARIABLE = "KNUTPUNKT_PASSWORD";

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
      description =
          "where the pinned log key, the remembered checkpoint and a witness's key are kept")
  Path stateDir;

  @Option(
      names = "--verifier-key",
      description = "the log's verifier key (<name>+<id>+<base64>); pinned on first use otherwise")
  String verifierKey;

  KnutpunktServer signIn() {
    return KnutpunktServer.signIn(server, realm, user, password());
  }

  /** This server's own state directory: one per host and port. */
  Path stateOfServer() {
    URI uri = URI.create(server);
    return stateDir.resolve(
        (uri.getHost() + "_" + (uri.getPort() < 0 ? "default" : uri.getPort()))
            .replaceAll("[^A-Za-z0-9._-]", "_"));
  }

  /** The log's verifier key: as given, else as pinned, else the published one, pinned now. */
  VerifierKey logKey(KnutpunktServer api, PrintWriter out) throws IOException {
    Path pinned = stateOfServer().resolve("verifier.key");
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
