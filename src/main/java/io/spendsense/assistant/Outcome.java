package io.spendsense.assistant;

import java.time.YearMonth;
import java.util.List;

import io.spendsense.domain.CategoryTotal;
import io.spendsense.domain.Expense;
import io.spendsense.domain.MonthTotal;

/**
 * The result of running a plan: the headline value, what it names (a category, a month, a payee), the sentence, and
 * the rows behind it.
 */
record Outcome(String value, String answerCategory, YearMonth answerMonth, String text, List<Expense> expenses,
               List<CategoryTotal> breakdown, List<MonthTotal> series, String answerPayee) {
    Outcome(String value, String answerCategory, YearMonth answerMonth, String text, List<Expense> expenses,
            List<CategoryTotal> breakdown, List<MonthTotal> series) {
        this(value, answerCategory, answerMonth, text, expenses, breakdown, series, null);
    }

    static Outcome of(String value, String text) {
        return new Outcome(value, null, null, text, List.of(), List.of(), List.of());
    }
}
