package se.knutpunkt.cli.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.knutpunkt.security.crypto.keys.EncryptedKeyFile;
import se.knutpunkt.security.crypto.keys.P256PrivateKey;
import se.knutpunkt.security.crypto.keys.Passphrase;

@Command(
    name = "keygen",
    description = {
      "Make a P-256 key pair: NAME.pem (the private key, PKCS#8 encrypted with the passphrase;"
          + " openssl pkey opens it) and NAME.pub.pem (the public key)."
    })
public final class KeygenCommand implements Callable<Integer> {
  private final PassphraseSource passphrases;

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "NAME",
      description = "where to write NAME.pem and NAME.pub.pem")
  String name;

  @Option(
      names = "--passphrase",
      description = "passphrase for NAME.pem (else $KNUTPUNKT_PASSPHRASE, else asked)")
  String passphrase;

  @Option(names = "--force", description = "replace existing key files")
  boolean force;

  public KeygenCommand(PassphraseSource passphrases) {
    this.passphrases = passphrases;
  }

  @Override
  public Integer call() throws IOException {
    Path privateFile = Path.of(name + ".pem");
    Path publicFile = Path.of(name + ".pub.pem");
    if (!force && (Files.exists(privateFile) || Files.exists(publicFile))) {
      throw new CliFailure(
          privateFile + " or " + publicFile + " exists already; use --force to replace it");
    }
    P256PrivateKey key = P256PrivateKey.generate();
    String encrypted;
    try (Passphrase secret = passphrases.forNewKey(passphrase)) {
      if (secret.isEmpty()) {
        throw new CliFailure("the passphrase is empty: an empty passphrase protects nothing");
      }
      encrypted = EncryptedKeyFile.write(key, secret);
    }
    writeOwnerOnly(privateFile, encrypted);
    Files.writeString(publicFile, key.publicKey().toPem(), StandardCharsets.US_ASCII);
    spec.commandLine().getOut().println("wrote " + privateFile + " and " + publicFile);
    return 0;
  }

  private void writeOwnerOnly(Path file, String text) throws IOException {
    Files.deleteIfExists(file);
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(file);
    } catch (FileAlreadyExistsException e) {
      throw new CliFailure(file + " appeared while it was being written");
    }
    Files.writeString(file, text, StandardCharsets.US_ASCII);
  }
}
