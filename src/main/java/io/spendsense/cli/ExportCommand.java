package io.spendsense.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code export --user NAME [FILE]}: the canonical CSV, to a file or to standard output. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export expenses as CSV"
        + " (date,description,category,payee,amount), oldest first. Without FILE, to standard output.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Mixin
    UserOptions user;
    @Mixin
    FilterOptions filter;
    @Parameters(paramLabel = "FILE", arity = "0..1", description = "File to write (replaced if it exists).")
    Path file;

    @Override
    public Integer call() throws IOException {
        var env = database.env();
        return user.runSignedInToRead(database, (services, who) -> {
            var f = filter.filter(services, who, null);
            if (file == null) {
                services.exporter().export(who, f, env.out());
                env.out().flush();
            } else {
                long count;
                try {
                    count = services.exporter().exportTo(who, f, file);
                } catch (IOException e) {
                    throw new UserException("cannot write " + file + ": " + e.getMessage());
                }
                env.out().println("Exported " + count + (count == 1 ? " expense" : " expenses") + " to " + file);
            }
            return Cli.OK;
        });
    }
}
