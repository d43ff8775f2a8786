package io.spendsense.cli;

import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code user list}: the profiles in the database (no password needed: names only, no data). */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the profiles.")
final class UserListCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        var env = database.env();
        try (var services = database.open()) {
            var users = services.readOnly(() -> services.auth().listUsers());
            if (users.isEmpty()) {
                env.out().println("No profiles yet: create one with 'spendsense user add NAME'.");
                return Cli.OK;
            }
            var day = DateTimeFormatter.ISO_LOCAL_DATE.withZone(env.clock().getZone());
            var table = new TextTable("Username", "Display name", "Email", "Currency", "Created");
            for (var u : users) {
                table.add(u.username(), u.displayName(), u.email() == null ? "" : u.email(), u.currency(),
                        day.format(u.createdAt()));
            }
            table.print(env.out());
        }
        return Cli.OK;
    }
}
