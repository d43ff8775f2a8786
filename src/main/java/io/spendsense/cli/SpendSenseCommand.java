package io.spendsense.cli;

import io.spendsense.cli.bench.BenchAssistantCommand;
import io.spendsense.cli.bench.BenchCommand;
import io.spendsense.cli.bench.BenchDesktopCommand;
import io.spendsense.cli.bench.BenchForecastCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code spendsense}: the root command. Subcommands are listed here, the benchmarks (cli.bench) only here. */
@Command(name = "spendsense", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "SpendSense: your expenses, on your machine, with an assistant that answers in plain English.",
        subcommands = {UserCommand.class, ImportCommand.class, ExportCommand.class, ListCommand.class,
            SummaryCommand.class, BenchCommand.class, AskCommand.class,
            BenchAssistantCommand.class, BenchForecastCommand.class, BenchDesktopCommand.class, BudgetCommand.class,
            RecurringCommand.class, InsightsCommand.class, RuleCommand.class, BackupCommand.class, RestoreCommand.class,
            DemoCommand.class, DbCheckCommand.class, ExpenseOpsCommand.class, AddCommand.class, EditCommand.class,
            RatesCommand.class, AttachCommand.class, AttachmentsCommand.class, DetachCommand.class,
            MigrateCommand.class})
public final class SpendSenseCommand implements Runnable {
    private final CliEnvironment env;
    private final ServicesFactory servicesFactory;
    @Spec
    CommandSpec spec;

    public SpendSenseCommand(CliEnvironment env) {
        this(env, ServicesFactory.PRODUCTION);
    }

    public SpendSenseCommand(CliEnvironment env, ServicesFactory servicesFactory) {
        this.env = env;
        this.servicesFactory = servicesFactory;
    }

    public CliEnvironment env() {
        return env;
    }

    public ServicesFactory servicesFactory() {
        return servicesFactory;
    }

    @Override
    public void run() {
        spec.commandLine().usage(env.out());
    }
}
