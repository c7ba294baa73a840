package se.knutpunkt.cli.crypto;

import java.io.Console;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import se.knutpunkt.security.crypto.keys.Passphrase;

/**
 * Where a command gets the passphrase: {@code --passphrase}, else {@code KNUTPUNKT_PASSPHRASE},
 * else a prompt on the console. Without any of them it fails rather than hang or guess.
 */
public final class PassphraseSource {
  public static final String ENVIRONMENT_VARIABLE = "KNUTPUNKT_PASSPHRASE";

  private final Map<String, String> environment;
  private final Supplier<Console> console;

  public PassphraseSource(Map<String, String> environment, Supplier<Console> console) {
    this.environment = environment;
    this.console = console;
  }

  public static PassphraseSource system() {
    return new PassphraseSource(System.getenv(), System::console);
  }

  /** The passphrase that opens an existing key file. */
  public Passphrase forOpening(String option) {
    return resolve(option, false);
  }

  /** A new passphrase for a new key file; asked twice on the console. */
  public Passphrase forNewKey(String option) {
    return resolve(option, true);
  }

  private Passphrase resolve(String option, boolean confirm) {
    if (option != null) {
      return Passphrase.of(option);
    }
    String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
    if (fromEnvironment != null) {
      return Passphrase.of(fromEnvironment);
    }
    Console terminal = console.get();
    if (terminal == null) {
      throw new CliFailure(
          "no passphrase: give --passphrase or set "
              + ENVIRONMENT_VARIABLE
              + " (there is no console to ask on)");
    }
    char[] first = terminal.readPassword("Passphrase: ");
    if (first == null) {
      throw new CliFailure("no passphrase was entered");
    }
    if (confirm) {
      char[] second = terminal.readPassword("Passphrase again: ");
      if (second == null || !Arrays.equals(first, second)) {
        throw new CliFailure("the two passphrases differ");
      }
      Arrays.fill(second, '\0');
    }
    Passphrase passphrase = Passphrase.of(first);
    Arrays.fill(first, '\0');
    return passphrase;
  }
}
