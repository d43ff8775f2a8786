package io.spendsense;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LoggingConfiguratorTest {

    @Test
    void logsWarningsToStandardErrorByDefault() {
        LoggerContext context = new LoggerContext();
        LoggingConfigurator.configure(context, Map.of());

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        assertThat(root.getAppender("STDERR")).isInstanceOfSatisfying(ConsoleAppender.class,
                appender -> assertThat(appender.getTarget()).isEqualTo("System.err"));
        assertThat(context.getLogger("org.hibernate.orm.connections.pooling").getEffectiveLevel())
                .isEqualTo(Level.ERROR);
        // the SQL errors Hibernate logs before it throws (a busy database): the caller reports them once
        assertThat(context.getLogger("org.hibernate.orm.jdbc.error").getEffectiveLevel()).isEqualTo(Level.ERROR);
        assertThat(context.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font").getEffectiveLevel())
                .isEqualTo(Level.ERROR);
    }

    @Test
    void theEnvironmentChoosesTheRootLevelAndLibrariesStayQuiet() {
        LoggerContext context = new LoggerContext();
        LoggingConfigurator.configure(context, Map.of(LoggingConfigurator.LEVEL_VARIABLE, "debug"));

        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.DEBUG);
        assertThat(context.getLogger("io.spendsense.service").getEffectiveLevel()).isEqualTo(Level.DEBUG);
        assertThat(context.getLogger("org.hibernate.SQL").getEffectiveLevel()).isEqualTo(Level.WARN);
    }

    @Test
    void anUnknownLevelFallsBackToWarn() {
        LoggerContext context = new LoggerContext();
        LoggingConfigurator.configure(context, Map.of(LoggingConfigurator.LEVEL_VARIABLE, "loud"));

        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.WARN);
    }

    @Test
    void logbackFindsItAsItsConfiguration() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).isNotNull();
        assertThat(context.getLogger("org.flywaydb").getLevel()).isEqualTo(Level.WARN);
    }
}
