package io.spendsense.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import io.spendsense.cli.Cli;
import io.spendsense.cli.DatabaseOptions;
import io.spendsense.cli.SpendSenseCommand;
import io.spendsense.domain.DatabaseLocation;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.Money;
import io.spendsense.domain.Period;
import io.spendsense.service.DefaultCategories;
import io.spendsense.service.ExpenseGenerator;
import io.spendsense.service.ExpenseGenerator.GeneratedExpense;
import io.spendsense.service.ExportService;
import io.spendsense.service.ImportOptions;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: figures, not a test. Generates N realistic expenses over ten years, imports them from CSV through
 * the real import path, inserts the same rows with a plain sqlite-jdbc batch for comparison, and times the
 * summaries the app shows.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure import speed and summary latency"
        + " on generated data (a temporary database unless --db is given).")
public final class BenchCommand implements Callable<Integer> {
    static final LocalDate FROM = LocalDate.of(2016, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);

    @Mixin
    DatabaseOptions database;
    @Spec
    CommandLine.Model.CommandSpec spec;
    @Option(names = "--rows", paramLabel = "N", defaultValue = "1000000", description = "Expenses to generate"
            + " (default ${DEFAULT-VALUE}).")
    int rows;
    @Option(names = "--runs", paramLabel = "N", defaultValue = "50", description = "Timed runs per summary"
            + " (default ${DEFAULT-VALUE}, after 10 warm-up runs).")
    int runs;
    @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        if (rows < 1 || runs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rows and --runs must be at least 1");
        }
        var env = database.env();
        var out = env.out();
        Path work = Files.createTempDirectory("spendsense-bench");
        try {
            Path dbFile = database.explicit() ? database.file() : work.resolve("bench.db");
            out.printf(Locale.ROOT, "SpendSense bench: %,d expenses %s..%s; Java %s, %d cores%n", rows, FROM, TO,
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
            long t0 = System.nanoTime();
            List<GeneratedExpense> generated = new ExpenseGenerator(seed).generate(FROM, TO, rows);
            Path csv = work.resolve("bench.csv");
            writeCsv(csv, generated);
            out.printf(Locale.ROOT, "Generated and wrote %s (%,d KiB) in %.2f s%n", csv.getFileName(),
                    Files.size(csv) / 1024, seconds(System.nanoTime() - t0));
            out.flush();

            try (Services services = database.explicit() ? database.open()
                    : openAt(dbFile)) {
                String name = "bench-" + UUID.randomUUID().toString().substring(0, 8);
                String password = UUID.randomUUID().toString();
                services.auth().register(name, null, null, password, "USD");
                SignedInUser who = services.auth().signIn(name, password);
                long start = System.nanoTime();
                var report = services.importer().importFile(who, csv, ImportOptions.DEFAULT);
                long importNanos = System.nanoTime() - start;
                double importRate = report.imported() / seconds(importNanos);
                out.printf(Locale.ROOT, "Import (CSV file -> ImportService, one transaction): %,d rows in %.2f s"
                        + " = %,.0f rows/s%n", report.imported(), seconds(importNanos), importRate);
                out.flush();

                long baselineNanos = JdbcBaseline.insert(work.resolve("baseline.db"), categoryNames(),
                        drafts(generated));
                double baselineRate = rows / seconds(baselineNanos);
                out.printf(Locale.ROOT, "Plain sqlite-jdbc batch insert, same rows, one transaction: %,d rows in %.2f s"
                        + " = %,.0f rows/s%n", rows, seconds(baselineNanos), baselineRate);
                out.printf(Locale.ROOT, "Plain JDBC is %.2fx the import path%n", baselineRate / importRate);
                generated = null;

                YearMonth month = YearMonth.of(2021, 6);
                var monthFilter = ExpenseFilter.of(Period.month(month));
                var yearFilter = ExpenseFilter.of(Period.year(2021));
                out.printf(Locale.ROOT, "Summary latency, %d runs after 10 warm-up runs (median / p95):%n", runs);
                time(out, "one month (" + month + "): total + per category", () -> {
                    services.summaries().totals(who, monthFilter);
                    return services.summaries().byCategory(who, monthFilter);
                });
                time(out, "whole year (2021): per category", () -> services.summaries().byCategory(who, yearFilter));
                var t = services.summaries().totals(who, yearFilter);
                out.printf(Locale.ROOT, "(2021 holds %,d expenses totalling %s)%n", t.count(),
                        Money.format(t.total(), "USD"));
                if (database.explicit()) {
                    out.println("Kept the data in " + dbFile + " under the profile " + name);
                }
            }
        } finally {
            deleteTree(work);
        }
        return Cli.OK;
    }

    private Services openAt(Path file) {
        return ((SpendSenseCommand) spec.root().userObject()).servicesFactory()
                .open(DatabaseLocation.file(file), database.env().clock());
    }

    private void time(PrintWriter out, String label, Supplier<Object> query) {
        for (int i = 0; i < 10; i++) {
            query.get();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            query.get();
            nanos[i] = System.nanoTime() - s;
        }
        Arrays.sort(nanos);
        out.printf(Locale.ROOT, "  %-48s %7.2f ms / %7.2f ms%n", label, nanos[runs / 2] / 1e6,
                nanos[(int) Math.ceil(runs * 0.95) - 1] / 1e6);
        out.flush();
    }

    private static void writeCsv(Path csv, List<GeneratedExpense> generated) throws IOException {
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
             var printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            printer.printRecord((Object[]) ExportService.HEADER);
            for (var g : generated) {
                printer.printRecord(g.date().toString(), g.description(), g.category(), g.payee(),
                        g.amount().toPlainString());
            }
        }
    }

    private static List<String> categoryNames() {
        return DefaultCategories.ALL.stream().map(DefaultCategories.Spec::name).toList();
    }

    /** The generated rows as drafts whose category ids are positions (from 1) in {@link #categoryNames()}. */
    private static List<ExpenseDraft> drafts(List<GeneratedExpense> generated) {
        var ids = new HashMap<String, Long>();
        var names = categoryNames();
        for (int i = 0; i < names.size(); i++) {
            ids.put(names.get(i), (long) i + 1);
        }
        var drafts = new ArrayList<ExpenseDraft>(generated.size());
        for (var g : generated) {
            drafts.add(new ExpenseDraft(g.date(), g.amount(), ids.get(g.category()), g.description(), g.payee(), null));
        }
        return drafts;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
