package io.spendsense.ui.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import io.spendsense.domain.AmountParser;
import io.spendsense.domain.Budget;
import io.spendsense.domain.BudgetLimit;
import io.spendsense.domain.Category;
import io.spendsense.ui.budgets.BudgetEditorViewModel.ApplyFrom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetEditorViewModelTest {
    private static final AmountParser US_AMOUNTS = new AmountParser(Locale.US);
    static final Category DINING = new Category(7, "Dining", "#ff8800", List.of(), false);
    static final YearMonth MARCH = YearMonth.of(2026, 3);
    static final Budget CHANGED_BEFORE = new Budget(3, 7L, "Dining", new BigDecimal("150.00"), false,
            YearMonth.of(2026, 1), List.of(new BudgetLimit(YearMonth.of(2026, 1), new BigDecimal("100.00")),
            new BudgetLimit(YearMonth.of(2026, 2), new BigDecimal("150.00"))));

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''          | Enter the monthly limit
            abc         | Not an amount
            0           | The limit must be more than 0
            -5          | The limit must be more than 0
            1234.567    | At most 2 decimals
            12.345      | Did you mean 12345 or 12.345? Type 12345 without the dot, or give 2 decimals
            2000000000  | The limit is too large
            12.5        | ''
            '1,250.00'  | ''
            200         | ''
            """)
    void limitIsValidatedInline(String text, String problem) {
        var form = new BudgetEditorViewModel(List.of(DINING), null, MARCH, US_AMOUNTS);
        form.limitTextProperty().set(text);
        assertThat(form.limitErrorProperty().get()).isEqualTo(problem);
        assertThat(form.validProperty().get()).isEqualTo(problem.isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            BHD | 12.345   | ''
            BHD | 1.2345   | Amount must have at most 3 decimals in BHD
            JPY | 1000.5   | Amount must be a whole number in JPY
            JPY | 1000     | ''
            """)
    void theLimitHasTheProfileCurrencysDecimals(String currency, String text, String problem) {
        var form = new BudgetEditorViewModel(List.of(DINING), null, MARCH, new AmountParser(Locale.US, currency));
        form.limitTextProperty().set(text);
        assertThat(form.limitErrorProperty().get()).isEqualTo(problem);
    }

    @Test
    void newFormOffersOverallFirstAndIsNotValidUntilALimitIsTyped() {
        var form = new BudgetEditorViewModel(List.of(DINING), null, MARCH, US_AMOUNTS);
        assertThat(form.choices()).extracting(Category::name).containsExactly("Overall", "Dining");
        assertThat(form.categoryProperty().get()).isSameAs(BudgetEditorViewModel.OVERALL);
        assertThat(form.categoryId()).isNull();
        assertThat(form.validProperty().get()).isFalse();
        form.categoryProperty().set(DINING);
        form.limitTextProperty().set("$40");
        assertThat(form.categoryId()).isEqualTo(7L);
        assertThat(form.limit()).isEqualByComparingTo("40");
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void editFormStartsFromTheBudget() {
        var budget = new Budget(3, 7L, "Dining", new BigDecimal("120.00"), true, YearMonth.of(2026, 1));
        var form = new BudgetEditorViewModel(List.of(DINING), budget, MARCH, US_AMOUNTS);
        assertThat(form.editing()).isTrue();
        assertThat(form.categoryProperty().get()).isEqualTo(DINING);
        assertThat(form.limitTextProperty().get()).isEqualTo("120.00");
        assertThat(form.rolloverProperty().get()).isTrue();
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void aChangedLimitAppliesFromThisMonthUnlessAnotherChoiceIsMade() {
        var form = new BudgetEditorViewModel(List.of(DINING), CHANGED_BEFORE, MARCH, US_AMOUNTS);
        assertThat(form.applyFromProperty().get()).isEqualTo(ApplyFrom.THIS_MONTH);
        assertThat(form.label(ApplyFrom.THIS_MONTH)).isEqualTo("This month (March 2026)");
        assertThat(form.label(ApplyFrom.ALL_MONTHS)).isEqualTo("All months (since January 2026)");
        assertThat(form.limitsText("USD")).isEqualTo("$100.00 from January 2026, $150.00 from February 2026");
        assertThat(form.limitTextProperty().get()).isEqualTo("150.00");
        assertThat(form.applyHintProperty().get()).isEqualTo("From March 2026 on; earlier months keep their limits.");
        assertThat(form.applyFromMonth()).isNull();

        form.applyFromProperty().set(ApplyFrom.ALL_MONTHS);
        assertThat(form.applyFromMonth()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(form.applyHintProperty().get())
                .isEqualTo("Every month since January 2026: past months are judged by the new limit too.");
        assertThat(form.validProperty().get()).isTrue();

        form.applyFromProperty().set(ApplyFrom.CHOSEN_MONTH);
        assertThat(form.fromMonthTextProperty().get()).isEqualTo("2026-03");
        form.fromMonthTextProperty().set("2026-02");
        assertThat(form.applyFromMonth()).isEqualTo(YearMonth.of(2026, 2));
        assertThat(form.applyHintProperty().get())
                .isEqualTo("From February 2026 on; earlier months keep their limits.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''        | Enter the month as YYYY-MM
            march     | Not a month: use YYYY-MM, e.g. 2026-01
            2026-13   | Not a month: use YYYY-MM, e.g. 2026-01
            2025-12   | The budget starts in January 2026
            2026-01   | ''
            ' 2026-02 '| ''
            2027-06   | ''
            """)
    void aChosenMonthIsValidatedInline(String text, String problem) {
        var form = new BudgetEditorViewModel(List.of(DINING), CHANGED_BEFORE, MARCH, US_AMOUNTS);
        form.applyFromProperty().set(ApplyFrom.CHOSEN_MONTH);
        form.fromMonthTextProperty().set(text);
        assertThat(form.fromMonthErrorProperty().get()).isEqualTo(problem);
        assertThat(form.validProperty().get()).isEqualTo(problem.isEmpty());
        form.applyFromProperty().set(ApplyFrom.THIS_MONTH);
        assertThat(form.fromMonthErrorProperty().get()).isEmpty();
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void aNewBudgetHasNoApplyFromChoice() {
        var form = new BudgetEditorViewModel(List.of(DINING), null, MARCH, US_AMOUNTS);
        form.limitTextProperty().set("90");
        form.applyFromProperty().set(ApplyFrom.CHOSEN_MONTH);
        form.fromMonthTextProperty().set("nonsense");
        assertThat(form.fromMonthErrorProperty().get()).isEmpty();
        assertThat(form.applyHintProperty().get()).isEmpty();
        assertThat(form.applyFromMonth()).isNull();
        assertThat(form.validProperty().get()).isTrue();
    }
}
