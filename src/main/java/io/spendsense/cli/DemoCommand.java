package io.spendsense.cli;

import java.util.Locale;
import java.util.concurrent.Callable;

import io.spendsense.service.DemoService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code demo}: creates the demo profile with a generated year and a half of expenses (once). */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Create the demo profile '" + DemoService.USERNAME
        + "' (password '" + DemoService.PASSWORD + "') holding a generated year and a half of expenses up to today."
        + " Delete it like any profile: spendsense user delete demo.")
final class DemoCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        var env = database.env();
        try (var services = database.open()) {
            if (services.demo().find().isPresent()) {
                env.out().println("The demo profile already exists in " + services.location().describe()
                        + ": sign in as '" + DemoService.USERNAME + "' with the password '" + DemoService.PASSWORD
                        + "'.");
                return Cli.OK;
            }
            var demo = services.demo().create();
            env.out().printf(Locale.ROOT, "Created the demo profile '%s' (%s) with %,d generated expenses from %s to"
                    + " %s, %d budgets and %d recurring expenses in %s%n", demo.user().username(),
                    DemoService.DISPLAY_NAME, demo.expenses(), demo.from(), demo.to(), demo.budgets(),
                    demo.recurring(), services.location().describe());
            env.out().println("Sign in as '" + DemoService.USERNAME + "' with the password '" + DemoService.PASSWORD
                    + "', e.g.: SPENDSENSE_PASSWORD=" + DemoService.PASSWORD + " spendsense ask --user "
                    + DemoService.USERNAME + " \"How much did I spend last month?\"");
        }
        return Cli.OK;
    }
}
