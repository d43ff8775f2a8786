package io.spendsense.cli;

import io.spendsense.persistence.DatabaseException;
import io.spendsense.service.ServiceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** User errors become one clear line on standard error and exit code 1; bugs keep their stack trace in the log. */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UserErrorHandler.class);

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        if (ex instanceof ServiceException || ex instanceof DatabaseException || ex instanceof UserException) {
            cmd.getErr().println("spendsense: " + ex.getMessage());
        } else {
            LOG.error("Unexpected failure", ex);
            cmd.getErr().println("spendsense: unexpected error: " + ex);
        }
        cmd.getErr().flush();
        return Cli.USER_ERROR;
    }
}
