package io.spendsense.cli;

import io.spendsense.domain.SafeText;
import io.spendsense.service.Failures;
import io.spendsense.service.ImportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** User errors become one clear line on standard error and exit code 1; bugs keep their stack trace in the log. */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UserErrorHandler.class);

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        if (Failures.isBusy(ex)) {
            // Another window or command held the write lock past the busy timeout: one plain line, never a trace.
            LOG.debug("Database busy", ex);
            cmd.getErr().println("spendsense: " + Failures.BUSY);
        } else if (Failures.speaksToTheUser(ex) || ex instanceof UserException) {
            String message = ex instanceof ImportException bad ? bad.message(ImportHints.WORDING) : ex.getMessage();
            cmd.getErr().println("spendsense: " + SafeText.clipMessage(message));
            if (ex instanceof ImportException bad) {
                // The one exception to "one line": a refused file lists its bad lines so they can be fixed.
                bad.errors().forEach(e -> cmd.getErr().println("  "
                        + SafeText.clipMessage(e.describe(ImportHints.WORDING))));
                if (bad.badLines() > ImportException.MAX_REPORTED) {
                    cmd.getErr().println("  ... and " + (bad.badLines() - ImportException.MAX_REPORTED)
                            + " more bad lines");
                }
            }
        } else {
            LOG.error("Unexpected failure", ex);
            cmd.getErr().println("spendsense: unexpected error: " + ex);
        }
        cmd.getErr().flush();
        return Cli.USER_ERROR;
    }
}
