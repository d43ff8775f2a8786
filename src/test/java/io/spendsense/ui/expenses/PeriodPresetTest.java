package io.spendsense.ui.expenses;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodPresetTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            THIS_MONTH,     2026-03-01, 2026-03-31
            LAST_MONTH,     2026-02-01, 2026-02-28
            THIS_YEAR,      2026-01-01, 2026-12-31
            LAST_12_MONTHS, 2025-04-01, 2026-03-31
            """)
    void presetsAreRelativeToToday(PeriodPreset preset, LocalDate from, LocalDate to) {
        var p = preset.toPeriod(LocalDate.of(2026, 3, 20), null, null);
        assertThat(p.from()).isEqualTo(from);
        assertThat(p.to()).isEqualTo(to);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2026-01-01, 2026-01-31, 2026-01-01, 2026-01-31
            2026-01-31, 2026-01-01, 2026-01-01, 2026-01-31
            2026-01-05, ,           2026-01-05,
            """)
    void customRangeAcceptsOpenEndsAndSwappedDates(LocalDate from, LocalDate to, LocalDate wantFrom, LocalDate wantTo) {
        var p = PeriodPreset.CUSTOM.toPeriod(LocalDate.of(2026, 3, 20), from, to);
        assertThat(p.from()).isEqualTo(wantFrom);
        assertThat(p.to()).isEqualTo(wantTo);
    }

    @org.junit.jupiter.api.Test
    void allIsAllTime() {
        assertThat(PeriodPreset.ALL.toPeriod(LocalDate.of(2026, 3, 20), null, null).isAllTime()).isTrue();
    }
}
