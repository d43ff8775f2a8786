package io.spendsense;

import io.spendsense.cli.CdsTraining;
import io.spendsense.cli.Cli;
import io.spendsense.ui.DesktopLauncher;

/** Entry point: no arguments opens the desktop app; anything else runs the command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            DesktopLauncher.launch(args);
        } else if (args.length == 1 && CdsTraining.OPTION.equals(args[0])) {
            // Hidden: the installer's training run for the AppCDS archive (packaging/linux/postinst).
            System.exit(CdsTraining.run());
        } else {
            System.exit(Cli.run(args, Cli.system()));
        }
    }
}
