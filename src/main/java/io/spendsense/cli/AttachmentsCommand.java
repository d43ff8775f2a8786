package io.spendsense.cli;

import java.util.Locale;
import java.util.concurrent.Callable;

import io.spendsense.domain.Attachment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code attachments --user NAME ID}: the files kept with an expense, numbered as {@code detach} takes them. */
@Command(name = "attachments", mixinStandardHelpOptions = true,
        description = "List the files attached to expense ID: number, name, type and size.")
final class AttachmentsCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Mixin
    UserOptions user;
    @Parameters(paramLabel = "ID", description = "The expense.")
    long expenseId;

    @Override
    public Integer call() {
        var env = database.env();
        return user.runSignedInToRead(database, (services, who) -> {
            var list = services.attachments().list(who, expenseId);
            if (list.isEmpty()) {
                env.out().println("Expense " + expenseId + " has no attachments.");
                return Cli.OK;
            }
            var table = new TextTable("#", "Name", "Type", "Size").rightAligned(0, 3);
            for (int i = 0; i < list.size(); i++) {
                Attachment a = list.get(i);
                table.add(String.valueOf(i + 1), TextTable.clip(a.fileName(), 60), a.type().name(), size(a.size()));
            }
            table.print(env.out());
            return Cli.OK;
        });
    }

    /** "812 B", "45 KiB", "3.2 MiB". */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 512) / 1024 + " KiB";
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
