package io.spendsense.ui.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import io.spendsense.domain.Budget;
import io.spendsense.domain.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetEditorViewModelTest {
    static final Category DINING = new Category(7, "Dining", "#ff8800", List.of(), false);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''          | Enter the monthly limit
            abc         | Not an amount
            0           | The limit must be more than 0
            -5          | The limit must be more than 0
            12.345      | At most 2 decimals
            2000000000  | The limit is too large
            12.5        | ''
            '1,250.00'  | ''
            200         | ''
            """)
    void limitIsValidatedInline(String text, String problem) {
        var form = new BudgetEditorViewModel(List.of(DINING), null);
        form.limitTextProperty().set(text);
        assertThat(form.limitErrorProperty().get()).isEqualTo(problem);
        assertThat(form.validProperty().get()).isEqualTo(problem.isEmpty());
    }

    @Test
    void newFormOffersOverallFirstAndIsNotValidUntilALimitIsTyped() {
        var form = new BudgetEditorViewModel(List.of(DINING), null);
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
        var form = new BudgetEditorViewModel(List.of(DINING), budget);
        assertThat(form.editing()).isTrue();
        assertThat(form.categoryProperty().get()).isEqualTo(DINING);
        assertThat(form.limitTextProperty().get()).isEqualTo("120.00");
        assertThat(form.rolloverProperty().get()).isTrue();
        assertThat(form.validProperty().get()).isTrue();
    }
}
