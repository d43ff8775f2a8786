package io.spendsense.cli.bench.desktop;

import java.util.List;
import java.util.Map;

import io.spendsense.cli.UserException;

/**
 * Monocle, the headless glass platform (org.testfx:openjfx-monocle): what selects it, and the check that it is on
 * the class path. It is a run-time dependency for this benchmark only; the app-image and installers leave it out.
 */
public final class Monocle {
    /** Set before the toolkit starts: Monocle's headless screen and the software renderer. */
    static final Map<String, String> PROPERTIES = Map.of("glass.platform", "Monocle", "monocle.platform", "Headless",
            "prism.order", "sw");
    /** The same, for a JVM started by the benchmark. */
    static final List<String> JVM_OPTIONS = PROPERTIES.entrySet().stream().sorted(Map.Entry.comparingByKey())
            .map(e -> "-D" + e.getKey() + "=" + e.getValue()).toList();
    private static final String FACTORY = "com.sun.glass.ui.monocle.MonoclePlatformFactory";

    private Monocle() {
    }

    /** Fails with a message that says what to do when Monocle is not on the class path. */
    public static void require() {
        try {
            Class.forName(FACTORY, false, Monocle.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new UserException("bench-desktop needs Monocle (org.testfx:openjfx-monocle) on the class path to"
                    + " run the app headless; it is in target/lib after ./mvnw package (run java -jar"
                    + " target/spendsense.jar bench-desktop), but not in the installed app");
        }
    }

    /** Selects Monocle for this JVM's toolkit, keeping any of these properties given with -D. */
    static void select() {
        PROPERTIES.forEach((k, v) -> {
            if (System.getProperty(k) == null) {
                System.setProperty(k, v);
            }
        });
    }
}
