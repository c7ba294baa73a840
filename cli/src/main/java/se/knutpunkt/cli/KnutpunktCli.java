package se.knutpunkt.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./knutpunkt cli ...}: the Java client of Knutpunkt. */
@Command(
    name = "knutpunkt cli",
    mixinStandardHelpOptions = true,
    version = "Knutpunkt CLI 0.1",
    description = "The Knutpunkt client: keys, end-to-end encrypted files, audit verification.",
    subcommands = {CommandLine.HelpCommand.class})
public class KnutpunktCli implements Runnable {

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with every subcommand, as tests and {@link #main} run it. */
  public static CommandLine commandLine() {
    return new CommandLine(new KnutpunktCli());
  }
}
