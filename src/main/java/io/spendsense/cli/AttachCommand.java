package io.spendsense.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.spendsense.domain.Attachment;
import io.spendsense.service.AttachmentService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code attach --user NAME ID FILE...}: keeps receipts (images, PDFs) with an expense. */
@Command(name = "attach", mixinStandardHelpOptions = true, description = "Attach files (a receipt: a PNG, JPEG, GIF"
        + " or BMP image or a PDF, at most 20 MB each) to expense ID. All of them or, when one is refused, none."
        + " `list --ids` shows the ids.")
final class AttachCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Mixin
    UserOptions user;
    @Parameters(index = "0", paramLabel = "ID", description = "The expense.")
    long expenseId;
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "Files to attach.")
    List<Path> files;

    @Override
    public Integer call() {
        var env = database.env();
        return user.runSignedIn(database, (services, who) -> {
            var service = services.attachments();
            // read and checked before the write transaction: a refused file changes nothing
            var prepared = new ArrayList<AttachmentService.NewAttachment>();
            for (Path file : files) {
                prepared.add(service.read(file));
            }
            int before = service.list(who, expenseId).size();
            List<Attachment> stored = service.attachAll(who, expenseId, prepared);
            for (int i = 0; i < stored.size(); i++) {
                Attachment a = stored.get(i);
                String size = AttachmentsCommand.size(a.size());
                env.out().println("Attached " + a.fileName() + " (" + a.type() + ", " + size + ") to expense "
                        + expenseId + " as number " + (before + i + 1) + ".");
            }
            return Cli.OK;
        });
    }
}
