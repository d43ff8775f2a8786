package io.spendsense.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spendsense}: the root command. Subcommands are listed here. */
@Command(name = "spendsense", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "SpendSense: your expenses, on your machine, with an assistant that answers in plain English.",
        subcommands = {})
public final class SpendSenseCommand implements Runnable {
    private final CliEnvironment env;
    @Spec
    CommandSpec spec;

    public SpendSenseCommand(CliEnvironment env) {
        this.env = env;
    }

    public CliEnvironment env() {
        return env;
    }

    @Override
    public void run() {
        spec.commandLine().usage(env.out());
    }
}
