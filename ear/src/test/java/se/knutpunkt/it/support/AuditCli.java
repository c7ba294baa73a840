package se.knutpunkt.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code knutpunkt cli audit ...} as an auditor runs it: the built CLI jar, in its own JVM. */
public final class AuditCli {

  /** What a run printed (standard output and error together) and its exit code. */
  public record Run(int exit, String output) {}

  private AuditCli() {}

  /** {@code audit <command> --user <user> --password demo ... --state-dir <state> <more>}. */
  public static Run run(String command, String user, Path state, String... more) throws Exception {
    Path cli =
        Path.of(System.getProperty("user.dir")).resolveSibling("cli/target/knutpunkt-cli.jar");
    assertThat(cli).as("the CLI is built before the integration tests").exists();
    List<String> line =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                cli.toString(),
                "audit",
                command,
                "--user",
                user,
                "--password",
                "demo",
                "--server",
                Settings.baseUrl(),
                "--realm",
                Settings.realmUrl(),
                "--state-dir",
                state.toString()));
    line.addAll(List.of(more));
    Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), output);
  }
}
