package io.spendsense.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.spendsense.cli.Cli;
import io.spendsense.cli.DatabaseOptions;
import io.spendsense.cli.SpendSenseCommand;
import io.spendsense.cli.UserException;
import io.spendsense.cli.bench.desktop.DesktopBench;
import io.spendsense.cli.bench.desktop.Figures;
import io.spendsense.cli.bench.desktop.LaunchProbe;
import io.spendsense.cli.bench.desktop.Monocle;
import io.spendsense.domain.DatabaseLocation;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.service.ExpenseGenerator;
import io.spendsense.service.ExportService;
import io.spendsense.service.ImportOptions;
import io.spendsense.service.Services;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench-desktop}: figures, not a test. A profile of N generated expenses (ten years up to today, imported
 * through the real import path) in a temporary database, or in {@code --db FILE} to keep and reuse it; then the real
 * desktop app, headless on Monocle, driven as a user would (see {@link DesktopBench}), and the start-up of a fresh
 * JVM to the profile list ({@link LaunchProbe}). Standard output holds only the {@code name=value} lines, each the
 * median of the runs; progress goes to standard error.
 */
@Command(name = "bench-desktop", mixinStandardHelpOptions = true,
        description = "Measure the desktop app on a profile of generated expenses: sign-in, the table's sorts,"
                + " search, category filter and scrolling, the tabs, the heap, and launch to the profile list;"
                + " headless on Monocle. Prints name=value lines (milliseconds, MiB), medians of the runs.")
public final class BenchDesktopCommand implements Callable<Integer> {
    /** The benchmark's profile; its password is no secret (a generated profile in a benchmark's database). */
    static final DesktopBench.Profile PROFILE = new DesktopBench.Profile("bench-desktop", "benchdesktop2026");

    @Mixin
    DatabaseOptions database;
    @Spec
    CommandLine.Model.CommandSpec spec;
    @Option(names = "--rows", paramLabel = "N", defaultValue = "1000000", description = "Expenses in the profile"
            + " (default ${DEFAULT-VALUE}).")
    long rows;
    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "Runs of every figure; each is"
            + " the median (default ${DEFAULT-VALUE}).")
    int runs;
    @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300", description = "The longest wait for"
            + " any one step before giving up (default ${DEFAULT-VALUE}).")
    long timeout;

    @Override
    public Integer call() throws IOException {
        if (rows < 1 || runs < 1 || timeout < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--rows, --runs and --timeout must be at least 1");
        }
        Monocle.require();
        var env = database.env();
        PrintWriter err = env.err();
        Path work = Files.createTempDirectory("spendsense-bench-desktop");
        try {
            Path file = database.explicit() ? database.file() : work.resolve("bench.db");
            err.printf(Locale.ROOT, "bench-desktop: %,d expenses in %s; %d runs; Java %s, %d cores%n", rows, file,
                    runs, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
            err.flush();
            prepare(file, env.clock(), work, err);

            // fresh JVMs first, while this one is idle
            var launches = new Figures();
            var probe = new LaunchProbe(file, work);
            boolean archived = probe.canArchive();
            if (archived) {
                probe.makeArchive();
            } else {
                err.println("bench-desktop: no AppCDS launch: the class path has folders, which JDK 17 cannot"
                        + " archive (run it from the jar)");
            }
            for (int run = 1; run <= runs; run++) {
                // alternating, so that a change in the machine's load weighs on both alike
                var plain = probe.launch(false);
                launches.add("launch-to-profiles-ms", plain.profilesMs());
                launches.add("launch-to-ready-ms", plain.readyMs());
                err.printf(Locale.ROOT, "bench-desktop: launch %d of %d: %d ms to the profiles, %d ms until signing"
                        + " in runs at once%n", run, runs, plain.profilesMs(), plain.readyMs());
                if (archived) {
                    var cds = probe.launch(true);
                    launches.add("launch-to-profiles-cds-ms", cds.profilesMs());
                    launches.add("launch-to-ready-cds-ms", cds.readyMs());
                    err.printf(Locale.ROOT, "bench-desktop: launch %d of %d with the AppCDS archive: %d ms, %d ms%n",
                            run, runs, cds.profilesMs(), cds.readyMs());
                }
                err.flush();
            }

            var figures = new Figures();
            DesktopBench.run(() -> open(file, env.clock()), PROFILE, runs, timeout, figures, err);
            for (String name : launches.names()) {
                figures.add(name, launches.median(name));
            }
            figures.print(env.out());
        } finally {
            deleteTree(work);
        }
        return Cli.OK;
    }

    private Services open(Path file, Clock clock) {
        return ((SpendSenseCommand) spec.root().userObject()).servicesFactory()
                .open(DatabaseLocation.file(file), clock);
    }

    /** Makes sure {@code file} holds the benchmark's profile with exactly {@link #rows} expenses. */
    private void prepare(Path file, Clock clock, Path work, PrintWriter err) throws IOException {
        try (Services services = open(file, clock)) {
            var auth = services.auth();
            if (auth.listUsers().stream().anyMatch(u -> u.username().equals(PROFILE.username()))) {
                var who = auth.signIn(PROFILE.username(), PROFILE.password());
                long count = services.summaries().count(who, ExpenseFilter.ALL);
                if (count != rows) {
                    throw new UserException(file + " holds the profile " + PROFILE.username() + " with "
                            + String.format(Locale.ROOT, "%,d", count) + " expenses, not "
                            + String.format(Locale.ROOT, "%,d", rows) + ": give --rows " + count
                            + " or another --db");
                }
                err.printf(Locale.ROOT, "bench-desktop: reusing the profile %s in %s%n", PROFILE.username(), file);
                err.flush();
                return;
            }
            long t0 = System.nanoTime();
            auth.register(PROFILE.username(), "Bench Desktop", null, PROFILE.password(), "USD");
            var who = auth.signIn(PROFILE.username(), PROFILE.password());
            LocalDate today = LocalDate.now(clock);
            Path csv = work.resolve("expenses.csv");
            writeCsv(csv, today.minusYears(10).plusDays(1), today);
            var report = services.importer().importFile(who, csv, ImportOptions.DEFAULT.withAllowDuplicates(true));
            Files.delete(csv);
            if (report.imported() != rows) {
                throw new UserException("generated " + rows + " expenses but imported " + report.imported());
            }
            err.printf(Locale.ROOT, "bench-desktop: generated and imported %,d expenses in %.1f s%n", rows,
                    (System.nanoTime() - t0) / 1e9);
            err.flush();
        }
    }

    /** The generated expenses as the canonical CSV the import reads, written as they are generated. */
    private void writeCsv(Path csv, LocalDate from, LocalDate to) throws IOException {
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
             var printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            printer.printRecord((Object[]) ExportService.HEADER);
            var failure = new IOException[1];
            new ExpenseGenerator(seed).generate(from, to, rows, g -> {
                try {
                    printer.printRecord(g.date().toString(), g.description(), g.category(), g.payee(),
                            g.amount().toPlainString());
                } catch (IOException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
