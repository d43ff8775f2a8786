package io.spendsense.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The command line in a real process of its own ({@code java -cp <the test class path> io.spendsense.Main ...}), as a
 * user starts it next to another: separate JVM, separate SQLite connections, real file locks.
 */
final class SpendSenseProcess {
    /** How a process ended, and when (milliseconds since its start). */
    record Result(int code, String out, String err, long millis) {
        @Override
        public String toString() {
            return "exit " + code + " after " + millis + " ms; out: " + out + "; err: " + err;
        }
    }

    private final Process process;
    private final Path out;
    private final Path err;
    private final long started = System.nanoTime();

    private SpendSenseProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts {@code spendsense args...}; {@code jvmOptions} such as {@code -Dspendsense.busy-timeout-ms=1000}. */
    static SpendSenseProcess start(Path work, Map<String, String> env, List<String> jvmOptions, String... args) {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // quick to start and light on the machine's two cores: these processes run for a second or two
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx256m"));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("io.spendsense.Main");
        command.addAll(List.of(args));
        try {
            Path o = Files.createTempFile(work, "out-", ".txt");
            Path e = Files.createTempFile(work, "err-", ".txt");
            var builder = new ProcessBuilder(command).redirectOutput(o.toFile()).redirectError(e.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().remove("SPENDSENSE_LOG");
            builder.environment().remove("SPENDSENSE_DB");
            builder.environment().put("HOME", work.resolve("home").toString());
            builder.environment().putAll(env);
            return new SpendSenseProcess(builder.start(), o, e);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Waits for the end (at most {@code seconds}; then the process is killed and the test fails on its result). */
    Result await(int seconds) {
        try {
            boolean ended = process.waitFor(seconds, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly().waitFor();
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            return new Result(ended ? process.exitValue() : -1, Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }
}
