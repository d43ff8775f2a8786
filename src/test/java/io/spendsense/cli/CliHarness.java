package io.spendsense.cli;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.spendsense.service.MutableClock;
import io.spendsense.service.Services;

/** Runs the command line in-process against one temp database, with a password in the environment. */
final class CliHarness {
    static final String PASSWORD = "correct horse";

    /** What a run printed and returned. */
    record Run(int code, String out, String err) {
        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\n"));
        }
    }

    private final Path db;
    final Map<String, String> env = new HashMap<>(Map.of("SPENDSENSE_PASSWORD", PASSWORD));
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-20T10:00:00Z"));

    CliHarness(Path db) {
        this.db = db;
    }

    Run run(String... args) {
        return runWithInput("", args);
    }

    /** As if typed at a terminal: the command may ask questions, answered by {@code stdin}. */
    Run interactive(String stdin, String... args) {
        return execute(stdin, true, args);
    }

    Run runWithInput(String stdin, String... args) {
        return execute(stdin, false, args);
    }

    private Run execute(String stdin, boolean interactive, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var all = new ArrayList<>(List.of(args));
        if (!all.contains("--db") && !all.contains("--help") && !all.contains("--version") && !all.isEmpty()) {
            all.add("--db");
            all.add(db.toString());
        }
        var environment = new CliEnvironment(new PrintWriter(out), new PrintWriter(err), new BufferedReader(
                new InputStreamReader(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8)), Map.copyOf(env), clock, interactive);
        int code = Cli.run(all.toArray(String[]::new), environment, Services::openForTests);
        return new Run(code, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }

    Run as(String password, String... args) {
        String saved = env.put("SPENDSENSE_PASSWORD", password);
        try {
            return run(args);
        } finally {
            env.put("SPENDSENSE_PASSWORD", saved);
        }
    }
}
