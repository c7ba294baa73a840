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
import se.knutpunkt.security.crypto.keys.MalformedKeyFileException;
import se.knutpunkt.security.crypto.keys.P256PublicKey;
import se.knutpunkt.security.crypto.sealed.SealedFile;

@Command(
    name = "encrypt",
    description = {
      "Seal IN for the holder of the private key of PUB.pem, into OUT (a sealed file)."
    })
public final class EncryptCommand implements Callable<Integer> {
  @Option(
      names = "--to",
      required = true,
      paramLabel = "PUB.pem",
      description = "the recipient's public key")
  Path recipient;

  @Parameters(index = "0", paramLabel = "IN")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT")
  Path out;

  @Override
  public Integer call() throws IOException {
    P256PublicKey key;
    try {
      key = P256PublicKey.fromPem(Files.readString(recipient, StandardCharsets.US_ASCII));
    } catch (NoSuchFileException e) {
      throw new CliFailure("no such public key file: " + recipient);
    } catch (MalformedKeyFileException e) {
      throw new CliFailure(recipient + " is not a P-256 public key file: " + e.getMessage());
    }
    try (InputStream content = Files.newInputStream(in)) {
      AtomicOutput.write(out, target -> SealedFile.seal(content, target, key));
    } catch (NoSuchFileException e) {
      throw new CliFailure("no such file: " + e.getFile());
    }
    return 0;
  }
}
