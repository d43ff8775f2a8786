package io.spendsense.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The probe's output is read by scripts: its lines, their order and their format stay as documented. */
@ExtendWith(ApplicationExtension.class)
class StartupProbeTest {
    private static final Pattern LINE = Pattern.compile("startup-probe [a-z-]+-ms=-?\\d+");
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final CountDownLatch exited = new CountDownLatch(1);
    final SimpleBooleanProperty listed = new SimpleBooleanProperty();
    final SimpleBooleanProperty ready = new SimpleBooleanProperty();
    final SimpleStringProperty error = new SimpleStringProperty("");

    @Test
    void printsEachPointOnceInOrderAndQuitsWhenTheServicesAreOpen() throws Exception {
        long jvmStart = System.currentTimeMillis() - 100;
        var probe = StartupProbe.printingTo(new PrintStream(bytes, true, StandardCharsets.UTF_8), jvmStart,
                exited::countDown);
        WaitForAsyncUtils.asyncFx(() -> probe.windowShown(jvmStart + 40, listed, ready, error)).get();
        WaitForAsyncUtils.asyncFx(() -> listed.set(true)).get();
        WaitForAsyncUtils.asyncFx(() -> {
            listed.set(false);   // a restore would list them again: still one line
            listed.set(true);
            ready.set(true);
        }).get();

        assertThat(exited.await(10, TimeUnit.SECONDS)).isTrue();
        var lines = lines();
        assertThat(lines).allMatch(l -> LINE.matcher(l).matches());
        assertThat(lines).extracting(l -> l.substring("startup-probe ".length(), l.indexOf("-ms=")))
                .containsExactly("fx-start", "window-shown", "profiles", "ready");
        assertThat(lines.get(0)).isEqualTo("startup-probe fx-start-ms=40");
        assertThat(millis(lines.get(1))).isGreaterThanOrEqualTo(100);
        assertThat(millis(lines.get(2))).isGreaterThanOrEqualTo(millis(lines.get(1)));
        assertThat(millis(lines.get(3))).isGreaterThanOrEqualTo(millis(lines.get(2)));
    }

    @Test
    void profilesListedBeforeTheWindowAreReportedRightAfterIt() throws Exception {
        long jvmStart = System.currentTimeMillis();
        var probe = StartupProbe.printingTo(new PrintStream(bytes, true, StandardCharsets.UTF_8), jvmStart,
                exited::countDown);
        listed.set(true);
        WaitForAsyncUtils.asyncFx(() -> probe.windowShown(jvmStart, listed, ready, error)).get();
        WaitForAsyncUtils.asyncFx(() -> ready.set(true)).get();

        assertThat(exited.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(lines()).extracting(l -> l.replaceAll("=\\d+", ""))
                .containsExactly("startup-probe fx-start-ms", "startup-probe window-shown-ms",
                        "startup-probe profiles-ms", "startup-probe ready-ms");
    }

    @Test
    void aFailedOpeningEndsTheProbeWithFailed() throws Exception {
        long jvmStart = System.currentTimeMillis();
        var probe = StartupProbe.printingTo(new PrintStream(bytes, true, StandardCharsets.UTF_8), jvmStart,
                exited::countDown);
        WaitForAsyncUtils.asyncFx(() -> probe.windowShown(jvmStart, listed, ready, error)).get();
        WaitForAsyncUtils.asyncFx(() -> error.set("The database could not be opened: no")).get();

        assertThat(exited.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(lines()).extracting(l -> l.replaceAll("=\\d+", ""))
                .containsExactly("startup-probe fx-start-ms", "startup-probe window-shown-ms",
                        "startup-probe failed-ms");
    }

    @Test
    void onlyTheVariableStartsIt() {
        assertThat(StartupProbe.fromEnvironment(Map.of())).isEmpty();
        assertThat(StartupProbe.fromEnvironment(Map.of(StartupProbe.VARIABLE, "0"))).isEmpty();
    }

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static long millis(String line) {
        return Long.parseLong(line.substring(line.indexOf('=') + 1));
    }
}
