package se.knutpunkt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.knutpunkt.cli.crypto.PassphraseSource;

/** keygen, encrypt and decrypt as a user runs them: exit codes, one-line errors, files. */
class CryptoCommandsTest {
  private static final String PASSPHRASE = "rätt häst batteri häftklammer";

  @TempDir static Path keys;
  @TempDir Path work;

  private String out;
  private String err;

  @BeforeAll
  static void makeOneKeyPair() {
    // 600 000 PBKDF2 iterations per key file: one pair serves the class
    int exit =
        cli(Map.of())
            .execute(
                "keygen", "--out", keys.resolve("anna").toString(), "--passphrase", PASSPHRASE);
    assertThat(exit).isZero();
  }

  @Test
  void keygenWritesAnEncryptedPrivateKeyAndAPublicKey() throws Exception {
    assertThat(Files.readString(keys.resolve("anna.pem")))
        .startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
    assertThat(Files.readString(keys.resolve("anna.pub.pem")))
        .startsWith("-----BEGIN PUBLIC KEY-----");
    // a HashSet: its order differs from run to run, so compare as a set
    assertThat(Files.getPosixFilePermissions(keys.resolve("anna.pem")))
        .isEqualTo(
            java.util.EnumSet.of(
                java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                java.nio.file.attribute.PosixFilePermission.OWNER_WRITE));
  }

  @Test
  void opensslOpensTheKeyFileWithThePassphrase() throws Exception {
    Process openssl =
        new ProcessBuilder(
                "openssl",
                "pkey",
                "-in",
                keys.resolve("anna.pem").toString(),
                "-passin",
                "pass:" + PASSPHRASE,
                "-pubout")
            .redirectErrorStream(true)
            .start();
    String output = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(openssl.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(openssl.exitValue()).as(output).isZero();
    assertThat(output).isEqualTo(Files.readString(keys.resolve("anna.pub.pem")));

    Process wrong =
        new ProcessBuilder(
                "openssl",
                "pkey",
                "-in",
                keys.resolve("anna.pem").toString(),
                "-passin",
                "pass:nope")
            .redirectErrorStream(true)
            .start();
    wrong.getInputStream().readAllBytes();
    assertThat(wrong.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(wrong.exitValue()).isNotZero();
  }

  @Test
  void keygenRefusesToOverwriteAKey() {
    assertThat(
            run(Map.of(), "keygen", "--out", keys.resolve("anna").toString(), "--passphrase", "x"))
        .isEqualTo(1);
    assertThat(err).contains("exists already").doesNotContain("\tat ");
  }

  @Test
  void encryptThenDecryptGivesBackTheFile() throws Exception {
    byte[] content = random(100_000);
    Path plain = write("report.pdf", content);
    assertThat(run(Map.of(), "encrypt", "--to", pub(), plain.toString(), path("report.pdf.sealed")))
        .isZero();
    assertThat(Files.size(work.resolve("report.pdf.sealed")))
        .isEqualTo(122 + 56 + 100_000 + 7 * 16);
    assertThat(
            run(
                Map.of(),
                "decrypt",
                "--key",
                key(),
                "--passphrase",
                PASSPHRASE,
                path("report.pdf.sealed"),
                path("back.pdf")))
        .isZero();
    assertThat(Files.readAllBytes(work.resolve("back.pdf"))).isEqualTo(content);
  }

  @Test
  void thePassphraseCanComeFromTheEnvironment() throws Exception {
    Path plain = write("a.txt", "hej".getBytes(StandardCharsets.UTF_8));
    run(Map.of(), "encrypt", "--to", pub(), plain.toString(), path("a.sealed"));
    assertThat(
            run(
                Map.of("KNUTPUNKT_PASSPHRASE", PASSPHRASE),
                "decrypt",
                "--key",
                key(),
                path("a.sealed"),
                path("a.out")))
        .isZero();
    assertThat(Files.readString(work.resolve("a.out"))).isEqualTo("hej");
  }

  @Test
  void withoutPassphraseOrConsoleItFailsClearly() throws Exception {
    Path plain = write("a.txt", "hej".getBytes(StandardCharsets.UTF_8));
    run(Map.of(), "encrypt", "--to", pub(), plain.toString(), path("a.sealed"));
    assertThat(run(Map.of(), "decrypt", "--key", key(), path("a.sealed"), path("a.out")))
        .isEqualTo(1);
    assertThat(err.strip())
        .isEqualTo(
            "knutpunkt: no passphrase: give --passphrase or set KNUTPUNKT_PASSPHRASE (there is no"
                + " console to ask on)");
  }

  @Test
  void aWrongPassphraseIsOneClearLine() throws Exception {
    Path plain = write("a.txt", "hej".getBytes(StandardCharsets.UTF_8));
    run(Map.of(), "encrypt", "--to", pub(), plain.toString(), path("a.sealed"));
    assertThat(
            run(
                Map.of(),
                "decrypt",
                "--key",
                key(),
                "--passphrase",
                "fel",
                path("a.sealed"),
                path("a.out")))
        .isEqualTo(1);
    assertThat(err.strip()).endsWith("wrong passphrase for this key file").doesNotContain("\n");
    assertThat(work.resolve("a.out")).doesNotExist();
  }

  @Test
  void aTamperedFileLeavesNoOutputBehind() throws Exception {
    Path plain = write("big.bin", random(200_000));
    run(Map.of(), "encrypt", "--to", pub(), plain.toString(), path("big.sealed"));
    byte[] sealed = Files.readAllBytes(work.resolve("big.sealed"));
    sealed[122 + 56 + 5 * 16400 + 3] ^= 1;
    Files.write(work.resolve("big.sealed"), sealed);
    assertThat(
            run(
                Map.of(),
                "decrypt",
                "--key",
                key(),
                "--passphrase",
                PASSPHRASE,
                path("big.sealed"),
                path("big.out")))
        .isEqualTo(1);
    assertThat(err).contains("chunk 5 failed authentication").contains("nothing was written");
    assertThat(err.strip().lines()).hasSize(1);
    try (var files = Files.list(work)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .doesNotContain("big.out")
          .noneMatch(n -> n.endsWith(".part"));
    }
  }

  @Test
  void aFileSealedForSomeoneElseIsRefused() throws Exception {
    int exit =
        cli(Map.of())
            .execute("keygen", "--out", work.resolve("erik").toString(), "--passphrase", "erik");
    assertThat(exit).isZero();
    Path plain = write("a.txt", "hej".getBytes(StandardCharsets.UTF_8));
    run(
        Map.of(),
        "encrypt",
        "--to",
        work.resolve("erik.pub.pem").toString(),
        plain.toString(),
        path("a.sealed"));
    assertThat(
            run(
                Map.of(),
                "decrypt",
                "--key",
                key(),
                "--passphrase",
                PASSPHRASE,
                path("a.sealed"),
                path("a.out")))
        .isEqualTo(1);
    assertThat(err).contains("not sealed for this key");
  }

  @Test
  void aMalformedKeyFileIsNamed() throws Exception {
    Path bogus = write("bogus.pem", "not a key".getBytes(StandardCharsets.UTF_8));
    Path plain = write("a.txt", "hej".getBytes(StandardCharsets.UTF_8));
    run(Map.of(), "encrypt", "--to", pub(), plain.toString(), path("a.sealed"));
    assertThat(
            run(
                Map.of(),
                "decrypt",
                "--key",
                bogus.toString(),
                "--passphrase",
                "x",
                path("a.sealed"),
                path("a.out")))
        .isEqualTo(1);
    assertThat(err).contains("bogus.pem").contains("not a PEM file");
    assertThat(
            run(Map.of(), "encrypt", "--to", bogus.toString(), plain.toString(), path("b.sealed")))
        .isEqualTo(1);
    assertThat(err).contains("is not a P-256 public key file");
  }

  private int run(Map<String, String> environment, String... args) {
    StringWriter outText = new StringWriter();
    StringWriter errText = new StringWriter();
    CommandLine commandLine = cli(environment);
    commandLine.setOut(new PrintWriter(outText));
    commandLine.setErr(new PrintWriter(errText));
    int exit = commandLine.execute(args);
    out = outText.toString();
    err = errText.toString();
    return exit;
  }

  private static CommandLine cli(Map<String, String> environment) {
    return KnutpunktCli.commandLine(new PassphraseSource(environment, () -> null));
  }

  private Path write(String name, byte[] content) throws Exception {
    return Files.write(work.resolve(name), content);
  }

  private String path(String name) {
    return work.resolve(name).toString();
  }

  private static String pub() {
    return keys.resolve("anna.pub.pem").toString();
  }

  private static String key() {
    return keys.resolve("anna.pem").toString();
  }

  private static byte[] random(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }
}
