package io.spendsense.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.spendsense.service.ExportService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export --user NAME [FILE]}: the canonical CSV, to a file or to standard output; {@code --with-attachments DIR}
 * writes the CSV and the attached files into a folder.
 */
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
    @Option(names = "--with-attachments", paramLabel = "DIR", description = "Write DIR/expenses.csv and the"
            + " attached files as DIR/attachments/<row>-<n>-<name> (<row>: the expense's row in the CSV), with an index"
            + " DIR/attachments.csv. DIR must be new or empty.")
    Path withAttachments;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (withAttachments != null && file != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give FILE or --with-attachments DIR, not both (the folder holds the CSV)");
        }
        var env = database.env();
        return user.runSignedInToRead(database, (services, who) -> {
            var f = filter.filter(services, who, null);
            if (withAttachments != null) {
                ExportService.Exported done;
                try {
                    done = services.exporter().exportWithAttachments(who, f, withAttachments);
                } catch (IOException e) {
                    throw new UserException("cannot write " + withAttachments + ": " + e.getMessage());
                }
                String expenses = done.expenses() + (done.expenses() == 1 ? " expense" : " expenses");
                String files = done.files() + (done.files() == 1 ? " attachment" : " attachments");
                env.out().println("Exported " + expenses + " to " + done.csv() + " and " + files + " ("
                        + AttachmentsCommand.size(done.bytes()) + ") to "
                        + done.folder().resolve(ExportService.ATTACHMENTS));
            } else if (file == null) {
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
