package io.spendsense.cli.bench.desktop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.spendsense.cli.UserException;

/**
 * {@code launch-to-profiles-ms}: starts the desktop app in a fresh JVM of the same class path (the same jar and its
 * lib/ folder when run with {@code java -jar}) on Monocle, with {@code SPENDSENSE_STARTUP_PROBE=1}, and reads the
 * probe's {@code startup-probe ready-ms=N} line: milliseconds from the JVM's start until the database is open and the
 * profiles load, as the start-up benchmark reads it. The app's preferences go to a folder of the benchmark's.
 */
public final class LaunchProbe {
    private static final Pattern READY = Pattern.compile("(?m)^startup-probe ready-ms=(\\d+)\\s*$");
    private static final int TIMEOUT_SECONDS = 120;

    private final Path database;
    private final Path work;

    /** Launches against {@code database}; {@code work} holds the app's preferences and the output of each launch. */
    public LaunchProbe(Path database, Path work) {
        this.database = database;
        this.work = work;
    }

    /** One launch: the probe's ready-ms. */
    public long launch() throws IOException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Monocle.JVM_OPTIONS);
        // FileSystemPreferences (Linux) keeps its tree under this folder: the user's own preferences stay untouched
        command.add("-Djava.util.prefs.userRoot=" + work.resolve("prefs"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("io.spendsense.Main");
        Path out = Files.createTempFile(work, "probe-out-", ".txt");
        Path err = Files.createTempFile(work, "probe-err-", ".txt");
        var builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File(nullDevice())));
        Map<String, String> env = builder.environment();
        env.put("SPENDSENSE_STARTUP_PROBE", "1");
        env.put("SPENDSENSE_DB", database.toString());
        Process process = builder.start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new UserException("the app started for launch-to-profiles did not report within "
                        + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new UserException("interrupted while the app started");
        }
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        Matcher m = READY.matcher(printed);
        if (!m.find()) {
            throw new UserException("the app started for launch-to-profiles printed no 'startup-probe ready-ms'"
                    + " line (exit " + process.exitValue() + "): " + tail(printed + Files.readString(err,
                    StandardCharsets.UTF_8)));
        }
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return Long.parseLong(m.group(1));
    }

    private static String nullDevice() {
        return System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null";
    }

    private static String tail(String text) {
        List<String> lines = text.lines().toList();
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    }
}
