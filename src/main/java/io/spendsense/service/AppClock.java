package io.spendsense.service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;

import io.spendsense.domain.Texts;

/**
 * The clock of the app and the command line: the system's, or — with {@code SPENDSENSE_TODAY=YYYY-MM-DD} — one that
 * runs from the start of that day, so that a demo, a screenshot or a forecast can be looked at as on any day (the 1st
 * of a month, say). Everything that needs "today" takes it from this clock.
 */
public final class AppClock {
    public static final String VARIABLE = "SPENDSENSE_TODAY";

    private AppClock() {
    }

    /** The system clock, or one moved to the day {@code SPENDSENSE_TODAY} names. */
    public static Clock fromEnvironment(Map<String, String> env) {
        return fromEnvironment(env, Clock.systemDefaultZone());
    }

    static Clock fromEnvironment(Map<String, String> env, Clock system) {
        String value = env.get(VARIABLE);
        if (value == null || value.isBlank()) {
            return system;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(VARIABLE, Texts.format("clock.badToday", VARIABLE, value));
        }
        ZoneId zone = system.getZone();
        var start = day.atStartOfDay(zone).toInstant();
        var now = system.instant();
        var sinceMidnight = Duration.between(LocalDate.now(system).atStartOfDay(zone).toInstant(), now);
        return Clock.offset(system, Duration.between(now, start).plus(sinceMidnight));
    }
}
