package io.spendsense.ui;

import io.spendsense.service.AppClock;
import io.spendsense.ui.common.FxFilePicker;
import io.spendsense.ui.common.FxTaskRunner;
import io.spendsense.ui.settings.UiPreferences;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop application: the database from {@code SPENDSENSE_DB}, else the household server kept on this computer,
 * else the file in the platform's data folder (decision 0022).
 */
public final class SpendSenseApp extends Application {
    private AppContext context;

    /**
     * Starts opening the app's database on the boot thread: {@link DesktopLauncher} calls it before the toolkit
     * starts, so that the profiles are read while JavaFX starts (decision 0020).
     */
    static DataBoot openData() {
        return DataBoot.start(Databases.forUser(AppClock.fromEnvironment(System.getenv())));
    }

    @Override
    public void start(Stage stage) {
        long started = System.currentTimeMillis();
        var boot = DesktopLauncher.takeBoot().orElseGet(SpendSenseApp::openData);
        context = new AppContext(stage, boot, UiPreferences.forUser(), new FxTaskRunner(), new FxFilePicker());
        context.start();
        StartupProbe.fromEnvironment(System.getenv()).ifPresent(probe -> probe.windowShown(started,
                context.signInViewModel().listedProperty(), context.signInViewModel().readyProperty(),
                context.signInViewModel().errorProperty()));
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
