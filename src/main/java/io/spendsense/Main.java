package io.spendsense;

import io.spendsense.cli.Cli;
import io.spendsense.ui.DesktopLauncher;

/** Entry point: no arguments opens the desktop app; anything else runs the command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            DesktopLauncher.launch(args);
        } else {
            io.spendsense.cli.CliEnvironment env;
            try {
                env = Cli.system();
            } catch (io.spendsense.service.ValidationException e) {
                System.err.println("spendsense: " + e.getMessage());
                System.exit(Cli.USER_ERROR);
                return;
            }
            System.exit(Cli.run(args, env));
        }
    }
}
