package se.knutpunkt.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import se.knutpunkt.cli.audit.AuditCommand;
import se.knutpunkt.cli.crypto.CliFailure;
import se.knutpunkt.cli.crypto.DecryptCommand;
import se.knutpunkt.cli.crypto.EncryptCommand;
import se.knutpunkt.cli.crypto.KeygenCommand;
import se.knutpunkt.cli.crypto.PassphraseSource;

/** {@code ./knutpunkt cli ...}: the Java client of Knutpunkt. */
@Command(
    name = "knutpunkt cli",
    mixinStandardHelpOptions = true,
    version = "Knutpunkt CLI 0.1",
    description = "The Knutpunkt client: keys, end-to-end encrypted files, audit verification.",
    subcommands = {CommandLine.HelpCommand.class})
public class KnutpunktCli implements Runnable {
  static final int FAILURE = 1;

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with every subcommand, as tests and {@link #main} run it. */
  public static CommandLine commandLine() {
    return commandLine(PassphraseSource.system());
  }

  /** With a given passphrase source, so tests can stand in for the environment and console. */
  public static CommandLine commandLine(PassphraseSource passphrases) {
    CommandLine commandLine = new CommandLine(new KnutpunktCli());
    commandLine.addSubcommand(new KeygenCommand(passphrases));
    commandLine.addSubcommand(new EncryptCommand());
    commandLine.addSubcommand(new DecryptCommand(passphrases));
    commandLine.addSubcommand(new AuditCommand());
    commandLine.setExecutionExceptionHandler(
        (exception, failed, parseResult) -> {
          PrintWriter err = failed.getErr();
          err.println("knutpunkt: " + oneLine(exception));
          err.flush();
          return FAILURE;
        });
    return commandLine;
  }

  /** A failure as the user should read it: what went wrong, in one line, no stack trace. */
  private static String oneLine(Exception exception) {
    String message =
        exception instanceof CliFailure
            ? exception.getMessage()
            : exception.getClass().getSimpleName()
                + (exception.getMessage() == null ? "" : ": " + exception.getMessage());
    return message.replace('\n', ' ');
  }
}
