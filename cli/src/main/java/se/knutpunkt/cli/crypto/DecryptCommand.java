package se.knutpunkt.cli.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.knutpunkt.security.crypto.chunked.CiphertextException;
import se.knutpunkt.security.crypto.keys.EncryptedKeyFile;
import se.knutpunkt.security.crypto.keys.KeyFileException;
import se.knutpunkt.security.crypto.keys.P256PrivateKey;
import se.knutpunkt.security.crypto.keys.Passphrase;
import se.knutpunkt.security.crypto.sealed.SealedFile;
import se.knutpunkt.security.crypto.sealed.SealedFileException;

@Command(
    name = "decrypt",
    description = {
      "Open the sealed file IN with the private key NAME.pem into OUT. OUT appears only if the"
          + " whole file authenticates."
    })
public final class DecryptCommand implements Callable<Integer> {
  private final PassphraseSource passphrases;

  @Option(
      names = "--key",
      required = true,
      paramLabel = "NAME.pem",
      description = "your private key file")
  Path keyFile;

  @Option(
      names = "--passphrase",
      description = "passphrase of the key file (else $KNUTPUNKT_PASSPHRASE, else asked)")
  String passphrase;

  @Parameters(index = "0", paramLabel = "IN")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT")
  Path out;

  public DecryptCommand(PassphraseSource passphrases) {
    this.passphrases = passphrases;
  }

  @Override
  public Integer call() throws IOException {
    P256PrivateKey key = readKey();
    try (InputStream sealed = Files.newInputStream(in)) {
      AtomicOutput.write(out, content -> SealedFile.open(sealed, content, key));
    } catch (NoSuchFileException e) {
      throw new CliFailure("no such file: " + e.getFile());
    } catch (SealedFileException | CiphertextException e) {
      throw new CliFailure(in + ": " + e.getMessage() + "; nothing was written to " + out);
    }
    return 0;
  }

  private P256PrivateKey readKey() throws IOException {
    String pem;
    try {
      pem = Files.readString(keyFile, StandardCharsets.US_ASCII);
    } catch (NoSuchFileException e) {
      throw new CliFailure("no such key file: " + keyFile);
    } catch (java.nio.charset.MalformedInputException e) {
      throw new CliFailure(keyFile + ": not a key file (not PEM text)");
    }
    try (Passphrase secret = passphrases.forOpening(passphrase)) {
      return EncryptedKeyFile.read(pem, secret);
    } catch (KeyFileException e) {
      throw new CliFailure(keyFile + ": " + e.getMessage());
    }
  }
}
