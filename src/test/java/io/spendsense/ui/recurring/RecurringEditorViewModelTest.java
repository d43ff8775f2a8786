package io.spendsense.ui.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.spendsense.domain.AmountParser;
import io.spendsense.domain.Category;
import io.spendsense.domain.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecurringEditorViewModelTest {
    private static final AmountParser US_AMOUNTS = new AmountParser(Locale.US);
    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    static final Category RENT = new Category(7, "Housing", "#336699", List.of(), false);

    RecurringEditorViewModel form() {
        return new RecurringEditorViewModel(List.of(RENT), null, TODAY, US_AMOUNTS, "USD");
    }

    RecurringEditorViewModel filled() {
        var f = form();
        f.payeeProperty().set("Oakwood");
        f.amountTextProperty().set("1,475");
        f.categoryProperty().set(RENT);
        return f;
    }

    @Test
    void aNewFormShowsNoErrorsUntilTouchedButCannotBeSaved() {
        var f = form();
        assertThat(f.validProperty().get()).isFalse();
        assertThat(List.of(f.payeeErrorProperty().get(), f.amountErrorProperty().get(),
                f.categoryErrorProperty().get()))
                .containsOnly("");
        assertThat(f.startProperty().get()).isEqualTo(TODAY);
        assertThat(f.dayOfMonthProperty().get()).isEqualTo(20);
        assertThat(f.weekdayProperty().get()).isEqualTo(DayOfWeek.FRIDAY);

        f.payeeProperty().set("x");
        f.payeeProperty().set(" ");
        assertThat(f.payeeErrorProperty().get()).isEqualTo("Enter a payee or a description");
        f.descriptionProperty().set("Rent");
        assertThat(f.payeeErrorProperty().get()).isEmpty();
        f.amountTextProperty().set("abc");
        assertThat(f.amountErrorProperty().get()).isEqualTo("Not an amount");
        assertThat(f.categoryErrorProperty().get()).isEqualTo("Choose a category");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,        The amount must be greater than 0
            1234.567, The amount must have at most 2 decimals
            12.345,   'Did you mean 12345 or 12.345? Type 12345 without the dot, or give 2 decimals'
            -5,       The amount must be greater than 0
            '',       Enter the amount
            12.50,    ''
            """)
    void amountRules(String text, String error) {
        var f = filled();
        f.amountTextProperty().set(text == null ? "" : text);
        assertThat(f.amountErrorProperty().get()).isEqualTo(error == null ? "" : error);
    }

    @Test
    void theSummarySaysTheScheduleAndItsNextDates() {
        var f = filled();
        f.dayOfMonthProperty().set(31);
        assertThat(f.validProperty().get()).isTrue();
        assertThat(f.summaryProperty().get())
                .isEqualTo("Monthly on day 31 · next: Mar 31, 2026, Apr 30, 2026, May 31, 2026");
        f.repeatProperty().set(Repeat.WEEKLY);
        f.everyTextProperty().set("2");
        assertThat(f.summaryProperty().get())
                .isEqualTo("Every 2 weeks on Friday · next: Apr 3, 2026, Apr 17, 2026, May 1, 2026");
        f.repeatProperty().set(Repeat.DAILY);
        f.everyTextProperty().set("10");
        assertThat(f.schedule()).isEqualTo(Schedule.everyDays(10));
        f.repeatProperty().set(Repeat.YEARLY);
        f.startProperty().set(LocalDate.of(2024, 2, 29));
        assertThat(f.summaryProperty().get()).startsWith("Yearly on Feb 29 · next: Feb 28, 2027");
    }

    @Test
    void everyAndEndDateAreChecked() {
        var f = filled();
        f.repeatProperty().set(Repeat.WEEKLY);
        f.everyTextProperty().set("0");
        assertThat(f.everyErrorProperty().get()).isEqualTo("From 1 to 366");
        f.everyTextProperty().set("two");
        assertThat(f.everyErrorProperty().get()).isEqualTo("Enter a whole number");
        assertThat(f.validProperty().get()).isFalse();
        f.repeatProperty().set(Repeat.MONTHLY);
        assertThat(f.everyErrorProperty().get()).isEmpty();
        f.endProperty().set(TODAY.minusDays(1));
        assertThat(f.endErrorProperty().get()).isEqualTo("The end is before the start");
        assertThat(f.validProperty().get()).isFalse();
        f.endProperty().set(TODAY.plusDays(5));
        assertThat(f.validProperty().get()).isTrue();
        assertThat(f.summaryProperty().get()).isEqualTo("Monthly on day 20 · no date after today");
        assertThat(f.draft().end()).isEqualTo(TODAY.plusDays(5));
        assertThat(f.draft().amount()).isEqualByComparingTo("1475");
    }
}
