package io.spendsense;

import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logback's configuration, in code (found through {@code META-INF/services}) instead of a {@code logback.xml}: parsing
 * XML at start-up loads some 300 classes and an XML parser on the way to the first window. Logs go to standard error,
 * so that the command line's standard output stays clean (JSON output of {@code ask}); the root level is WARN or the
 * level named by {@code SPENDSENSE_LOG} (DEBUG, INFO, ...). A file named by {@code -Dlogback.configurationFile} still
 * wins, through logback's own XML configurator.
 */
public final class LoggingConfigurator extends ContextAwareBase implements Configurator {
    static final String LEVEL_VARIABLE = "SPENDSENSE_LOG";
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configure(context, System.getenv());
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    static void configure(LoggerContext context, Map<String, String> env) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();

        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(env.get(LEVEL_VARIABLE), Level.WARN));
        root.addAppender(stderr);
        // The libraries' own chatter stays quiet even at INFO: only their warnings are worth a line.
        context.getLogger("org.hibernate").setLevel(Level.WARN);
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        context.getLogger("org.hibernate.orm.connections.pooling").setLevel(Level.ERROR);
        // Hibernate logs each failed statement's SQLite error as warnings before it throws; the caller reports the
        // exception once (a busy database as one plain line), so these would only repeat it on standard error.
        context.getLogger("org.hibernate.orm.jdbc.error").setLevel(Level.ERROR);
        context.getLogger("org.hibernate.engine.jdbc.spi.SqlExceptionHelper").setLevel(Level.ERROR);
        // PDFBox warns about each font a receipt names but does not embed ("using fallback font ..."): the picture
        // is still made, and a damaged PDF is already reported as "no preview".
        context.getLogger("org.apache.pdfbox").setLevel(Level.ERROR);
        context.getLogger("org.apache.fontbox").setLevel(Level.ERROR);
    }
}
