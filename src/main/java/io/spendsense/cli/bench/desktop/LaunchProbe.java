package io.spendsense.cli.bench.desktop;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.spendsense.cli.UserException;

/**
 * {@code launch-to-profiles-ms}: starts the desktop app in a fresh JVM of the same class path (the same jar and its
 * lib/ folder when run with {@code java -jar}) on Monocle, with {@code SPENDSENSE_STARTUP_PROBE=1}, and reads the
 * probe's lines: {@code profiles-ms}, milliseconds from the JVM's start until the first frame that lists the profiles
 * (what {@code packaging/launch-to-profiles.sh} reads), and {@code ready-ms}, until the services are open too, so that
 * signing in runs at once. The app's preferences go to a folder of the benchmark's.
 */
public final class LaunchProbe {
    private static final Pattern POINT = Pattern.compile("(?m)^startup-probe (profiles|ready)-ms=(\\d+)\\s*$");
    private static final int TIMEOUT_SECONDS = 120;

    private final Path database;
    private final Path work;

    /** Launches against {@code database}; {@code work} holds the app's preferences and the output of each launch. */
    public LaunchProbe(Path database, Path work) {
        this.database = database;
        this.work = work;
    }

    /** One launch's points, in milliseconds from the JVM's start. */
    public record Launch(long profilesMs, long readyMs) {
    }

    /**
     * Makes an AppCDS archive of what a launch loads, for this class path, as the installed app has one (decision
     * 0010: the installer dumps it where the app lives): one launch lists its classes, then one JVM dumps them. JDK 17
     * maps an archive only with the class path it was made for, which a plain {@code java -jar} cannot be given;
     * {@link #launch(boolean)} with {@code true} starts with it.
     */
    public void makeArchive() throws IOException {
        Path list = work.resolve("launch.classlist");
        run(List.of("-XX:DumpLoadedClassList=" + list));
        var dump = new ProcessBuilder(java(), "-Xshare:dump", "-XX:SharedClassListFile=" + list,
                "-XX:SharedArchiveFile=" + archive(), "-cp", System.getProperty("java.class.path"))
                .redirectErrorStream(true).redirectOutput(work.resolve("cds-dump.txt").toFile());
        try {
            int exit = dump.start().waitFor();
            if (exit != 0 || !Files.isRegularFile(archive())) {
                throw new UserException("making the AppCDS archive for launch-to-profiles failed (exit " + exit
                        + "): " + tail(Files.readString(work.resolve("cds-dump.txt"), StandardCharsets.UTF_8)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException("interrupted while the AppCDS archive was made");
        }
    }

    /** Whether {@link #makeArchive()} can work: JDK 17 archives only jars, not class folders (as a test run has). */
    public boolean canArchive() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .noneMatch(entry -> Files.isDirectory(Path.of(entry)));
    }

    private Path archive() {
        return work.resolve("launch.jsa");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** One launch, with or without the archive of {@link #makeArchive()}: the probe's profiles-ms and ready-ms. */
    public Launch launch(boolean archived) throws IOException {
        // -Xshare:on: a launch that cannot map the archive fails instead of being timed without it
        return run(archived ? List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive()) : List.of());
    }

    private Launch run(List<String> jvmOptions) throws IOException {
        var command = new ArrayList<String>();
        command.add(java());
        command.addAll(jvmOptions);
        command.addAll(Monocle.JVM_OPTIONS);
        // FileSystemPreferences (Linux) keeps its tree under this folder: the user's own preferences stay untouched
        command.add("-Djava.util.prefs.userRoot=" + work.resolve("prefs"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("io.spendsense.Main");
        Path out = Files.createTempFile(work, "probe-out-", ".txt");
        Path err = Files.createTempFile(work, "probe-err-", ".txt");
        var builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice())));
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
        var points = new HashMap<String, Long>();
        Matcher m = POINT.matcher(printed);
        while (m.find()) {
            points.put(m.group(1), Long.parseLong(m.group(2)));
        }
        if (points.size() < 2) {
            throw new UserException("the app started for launch-to-profiles printed no 'startup-probe profiles-ms'"
                    + " and 'ready-ms' lines (exit " + process.exitValue() + "): " + tail(printed
                    + Files.readString(err, StandardCharsets.UTF_8)));
        }
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return new Launch(points.get("profiles"), points.get("ready"));
    }

    private static String nullDevice() {
        return System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null";
    }

    private static String tail(String text) {
        List<String> lines = text.lines().toList();
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    }
}
