package io.spendsense.ui;

import java.nio.file.Path;

import io.spendsense.service.DatabaseFiles;
import io.spendsense.service.Services;
import io.spendsense.ui.common.FxTaskRunner;
import io.spendsense.ui.settings.UiPreferences;
import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop application: the database from {@code SPENDSENSE_DB} or the platform's data folder. */
public final class SpendSenseApp extends Application {
    private AppContext context;

    @Override
    public void start(Stage stage) {
        Path database = DatabaseFiles.locate(null);
        context = new AppContext(stage,
                () -> Services.open(database, io.spendsense.service.AppClock.fromEnvironment(System.getenv())),
                UiPreferences.forUser(), new FxTaskRunner());
        context.start();
        StartupProbe.fromEnvironment(System.getenv()).ifPresent(probe -> probe.windowShown(
                context.signInViewModel().readyProperty(), context.signInViewModel().errorProperty()));
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
