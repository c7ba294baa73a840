package se.knutpunkt.cli.audit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code audit ...}: the verifiable audit log. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "The verifiable audit log.",
    subcommands = {VerifyCommand.class, WitnessCommand.class})
public final class AuditCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
