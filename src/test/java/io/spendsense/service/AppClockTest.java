package io.spendsense.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AppClockTest {
    final Clock system = Clock.fixed(Instant.parse("2026-12-02T14:30:00Z"), ZoneOffset.UTC);

    @Test
    void withoutTheVariableItIsTheSystemClock() {
        assertThat(AppClock.fromEnvironment(Map.of(), system)).isSameAs(system);
        assertThat(AppClock.fromEnvironment(Map.of(AppClock.VARIABLE, " "), system)).isSameAs(system);
    }

    @Test
    void theVariableMovesTheDayAndKeepsTheTimeOfDay() {
        var clock = AppClock.fromEnvironment(Map.of(AppClock.VARIABLE, "2026-11-01"), system);
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(LocalDateTime.now(clock)).isEqualTo(LocalDateTime.of(2026, 11, 1, 14, 30));
    }

    @Test
    void aBadDateIsRefusedWithTheVariableNamed() {
        assertThatThrownBy(() -> AppClock.fromEnvironment(Map.of(AppClock.VARIABLE, "1.11.2026"), system))
                .isInstanceOf(ValidationException.class).hasMessageContaining("SPENDSENSE_TODAY must be a date");
    }
}
