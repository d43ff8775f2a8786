package io.spendsense.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

import io.spendsense.domain.DatabaseLocation;
import io.spendsense.service.DatabaseFiles;
import io.spendsense.service.ServerSettings;
import io.spendsense.ui.common.TaskRunner;
import io.spendsense.ui.signin.ServerDialogViewModel;
import io.spendsense.ui.signin.SignInViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sign-in window's ways to another database (decision 0022): Retry, this computer's file, and the household
 * server dialog, filled with the server in use or the one kept; each ends in the composition root's {@code open}.
 */
final class DatabaseSwitcher implements SignInViewModel.DatabaseSwitch {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseSwitcher.class);
    private final Databases databases;
    private final TaskRunner runner;
    private final Supplier<DatabaseLocation> inUse;
    private final Consumer<DatabaseLocation> open;

    DatabaseSwitcher(Databases databases, TaskRunner runner, Supplier<DatabaseLocation> inUse,
                     Consumer<DatabaseLocation> open) {
        this.databases = databases;
        this.runner = runner;
        this.inUse = inUse;
        this.open = open;
    }

    @Override
    public void retry() {
        var location = inUse.get();
        if (location != null) {
            open.accept(location);
        }
    }

    /** Opens the file at once; that the app uses the file from now on is written to the settings in the background. */
    @Override
    public void useFile() {
        runner.run(() -> {
            databases.useFile();
            return null;
        }).onFailure(e -> LOG.warn("Cannot note the switch to the file: {}", e.getMessage())).start();
        open.accept(databases.file());
    }

    @Override
    public ServerDialogViewModel serverDialog() {
        var dialog = new ServerDialogViewModel(runner, new ServerDialogViewModel.ServerAccess() {
            @Override
            public DatabaseFiles.ServerCheck test(DatabaseLocation.Server server) {
                return databases.test(server);
            }

            @Override
            public void keep(DatabaseLocation.Server server, boolean rememberPassword) {
                databases.keep(server, rememberPassword);
            }
        }, databases.systemUser());
        boolean remembered = databases.saved().map(ServerSettings.Saved::passwordRemembered).orElse(false);
        if (inUse.get() instanceof DatabaseLocation.Server server) {
            dialog.prefill(server, remembered);
        } else {
            databases.saved().ifPresent(kept -> dialog.prefill(kept.server(), kept.passwordRemembered()));
        }
        dialog.setOnUse(open::accept);
        return dialog;
    }
}
