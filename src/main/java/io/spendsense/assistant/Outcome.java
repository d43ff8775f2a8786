package io.spendsense.assistant;

import java.time.YearMonth;
import java.util.List;

import io.spendsense.domain.CategoryTotal;
import io.spendsense.domain.Expense;
import io.spendsense.domain.MonthTotal;

/** The result of running a plan: the headline value, what it names, the sentence, and the rows behind it. */
record Outcome(String value, String answerCategory, YearMonth answerMonth, String text, List<Expense> expenses,
               List<CategoryTotal> breakdown, List<MonthTotal> series) {
    static Outcome of(String value, String text) {
        return new Outcome(value, null, null, text, List.of(), List.of(), List.of());
    }
}
