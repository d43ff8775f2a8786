package io.spendsense.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.spendsense.assistant.Assistant;
import io.spendsense.assistant.Conversation;
import io.spendsense.cli.Cli;
import io.spendsense.cli.DatabaseOptions;
import io.spendsense.cli.UserException;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.persistence.ExpenseRepository;
import io.spendsense.service.ExpenseGenerator;
import io.spendsense.service.ImportOptions;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench-assistant}: figures, not a test. Parse-only throughput on one thread (normalizer, periods, entities,
 * intent, follow-ups; no SQL), then answer latency p50/p95 over the corpus questions on the development data and on
 * generated expenses (1,000,000 by default), each in a temporary database.
 */
@Command(name = "bench-assistant", mixinStandardHelpOptions = true,
        description = "Measure the assistant: parse-only throughput and answer latency on the development data and"
                + " on generated expenses.")
public final class BenchAssistantCommand implements Callable<Integer> {
    private static final Pattern FIELD =
    Pattern.compile("\"(block|today|query)\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|\\d+)");

    @Mixin
    DatabaseOptions database;
    @Option(names = "--corpus", defaultValue = "src/test/resources/io/spendsense/assistant/dev-corpus.jsonl",
            description = "Questions, as the contract's JSON Lines (default ${DEFAULT-VALUE}).")
    Path corpus;
    @Option(names = "--data", defaultValue = "src/test/resources/io/spendsense/assistant/dev-expenses.csv",
            description = "The development expenses CSV (default ${DEFAULT-VALUE}).")
    Path data;
    @Option(names = "--rows", defaultValue = "1000000", description = "Generated expenses (default ${DEFAULT-VALUE};"
            + " 0 skips).")
    long rows;
    @Option(names = "--runs", defaultValue = "5", description = "Timed passes over the corpus (default"
            + " ${DEFAULT-VALUE}, after one warm-up pass).")
    int runs;
    @Option(names = "--parse-seconds", defaultValue = "5", description = "How long to time parsing (default"
            + " ${DEFAULT-VALUE}).")
    int parseSeconds;

    private record Question(String block, LocalDate today, String query) {
    }

    @Override
    public Integer call() throws IOException {
        var out = database.env().out();
        List<Question> questions = load(corpus);
        out.printf(Locale.ROOT, "SpendSense bench-assistant: %d questions from %s; Java %s, %d cores%n",
                questions.size(), corpus, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        Path work = Files.createTempDirectory("spendsense-bench-assistant");
        Clock clock = Clock.fixed(questions.get(0).today().atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        try (Services services = Services.open(work.resolve("dev.db"), clock)) {
            SignedInUser who = newUser(services);
            services.importer().importFile(who, data, ImportOptions.DEFAULT);
            var assistant = new Assistant(services.categories(), services.expenses(), services.summaries(), clock);
            parseThroughput(out, assistant, who, questions);
            latency(out, "development data (" + services.summaries().count(who,
                    io.spendsense.domain.ExpenseFilter.ALL) + " expenses)", assistant, who, questions);
        }
        if (rows > 0) {
            try (Services services = Services.open(work.resolve("big.db"), clock)) {
                SignedInUser who = newUser(services);
                long t0 = System.nanoTime();
                generate(services, who, questions.get(0).today(), clock);
                out.printf(Locale.ROOT, "Generated and inserted %,d expenses in %.1f s%n", rows,
                        (System.nanoTime() - t0) / 1e9);
                out.flush();
                var assistant = new Assistant(services.categories(), services.expenses(), services.summaries(), clock);
                long t1 = System.nanoTime();
                assistant.ask(who, new Conversation(), "help", questions.get(0).today());
                out.printf(Locale.ROOT, "First question (builds the payee lexicon): %.1f ms%n",
                        (System.nanoTime() - t1) / 1e6);
                latency(out, String.format(Locale.ROOT, "%,d generated expenses", rows), assistant, who, questions);
            }
        }
        deleteAll(work);
        return Cli.OK;
    }

    private void parseThroughput(PrintWriter out, Assistant assistant, SignedInUser who, List<Question> qs) {
        var parser = assistant.parser(who);
        long end = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < end) {
            parseAll(parser, qs);
        }
        long count = 0;
        long start = System.nanoTime();
        end = start + parseSeconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            count += parseAll(parser, qs);
        }
        double secs = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "Parse only (normalize + periods + entities + intent + follow-ups, no SQL), one thread:"
                + " %,.0f questions/s (%,d in %.1f s)%n", count / secs, count, secs);
        out.flush();
    }

    private static int parseAll(io.spendsense.assistant.QuestionParser parser, List<Question> qs) {
        Conversation c = new Conversation();
        String block = null;
        for (Question q : qs) {
            if (!q.block().equals(block)) {
                c = new Conversation();
                block = q.block();
            }
            parser.parse(c, q.query(), q.today());
        }
        return qs.size();
    }

    private void latency(PrintWriter out, String label, Assistant assistant, SignedInUser who, List<Question> qs) {
        askAll(assistant, who, qs, null);
        var nanos = new ArrayList<Long>();
        for (int r = 0; r < runs; r++) {
            askAll(assistant, who, qs, nanos);
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        out.printf(Locale.ROOT, "Answer latency on %s, %d answers: p50 %.2f ms, p95 %.2f ms, max %.2f ms%n", label,
                sorted.length, pct(sorted, 50) / 1e6, pct(sorted, 95) / 1e6, sorted[sorted.length - 1] / 1e6);
        // the slowest questions (median of their runs), to see which aggregate costs what
        var perQuestion = new ArrayList<long[]>();
        for (int q = 0; q < qs.size(); q++) {
            long[] runsOfQ = new long[runs];
            for (int r = 0; r < runs; r++) {
                runsOfQ[r] = nanos.get(r * qs.size() + q);
            }
            java.util.Arrays.sort(runsOfQ);
            perQuestion.add(new long[] {runsOfQ[runs / 2], q});
        }
        perQuestion.sort((a, b) -> Long.compare(b[0], a[0]));
        for (int k = 0; k < Math.min(5, perQuestion.size()); k++) {
            out.printf(Locale.ROOT, "  slow: %.1f ms  %s%n", perQuestion.get(k)[0] / 1e6,
                    qs.get((int) perQuestion.get(k)[1]).query());
        }
        out.flush();
    }

    private static void askAll(Assistant assistant, SignedInUser who, List<Question> qs, List<Long> nanos) {
        Conversation c = new Conversation();
        String block = null;
        for (Question q : qs) {
            if (!q.block().equals(block)) {
                c = new Conversation();
                block = q.block();
            }
            long t = System.nanoTime();
            assistant.ask(who, c, q.query(), q.today());
            if (nanos != null) {
                nanos.add(System.nanoTime() - t);
            }
        }
    }

    private static long pct(long[] sorted, int p) {
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
    }

    /** Ten years of realistic expenses up to today, inserted in JDBC batches, 100,000 rows per transaction. */
    private void generate(Services services, SignedInUser who, LocalDate today, Clock clock) {
        var repo = new ExpenseRepository(services.database().transactions());
        Map<String, Long> categories = new HashMap<>();
        var batch = new ArrayList<ExpenseDraft>(100_000);
        new ExpenseGenerator(42).generate(today.minusYears(10).plusDays(1), today, rows, g -> {
            long category = categories.computeIfAbsent(g.category(),
                    name -> services.categories().findOrCreate(who, name).id());
            batch.add(new ExpenseDraft(g.date(), g.amount(), category, g.description(), g.payee(), null));
            if (batch.size() == 100_000) {
                flush(services, repo, who, batch, clock);
            }
        });
        flush(services, repo, who, batch, clock);
    }

    private static void flush(Services services, ExpenseRepository repo, SignedInUser who, List<ExpenseDraft> batch,
                              Clock clock) {
        if (!batch.isEmpty()) {
            services.database().transactions().run(() -> repo.insertAll(who.id(), batch, clock.instant()));
            batch.clear();
        }
    }

    private static SignedInUser newUser(Services services) {
        String name = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        String password = UUID.randomUUID().toString();
        services.auth().register(name, null, null, password, "USD");
        return services.auth().signIn(name, password);
    }

    private static List<Question> load(Path file) throws IOException {
        var list = new ArrayList<Question>();
        for (String line : Files.readAllLines(file)) {
            Matcher m = FIELD.matcher(line);
            String block = null;
            String today = null;
            String query = null;
            while (m.find()) {
                String v = m.group(3) != null ? m.group(3).replace("\\\"", "\"").replace("\\\\", "\\") : m.group(2);
                switch (m.group(1)) {
                    case "block" -> block = v;
                    case "today" -> today = v;
                    default -> query = v;
                }
            }
            if (query != null && today != null) {
                list.add(new Question(block == null ? "" : block, LocalDate.parse(today), query));
            }
        }
        if (list.isEmpty()) {
            throw new UserException("no questions in " + file);
        }
        return list;
    }

    private static void deleteAll(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
