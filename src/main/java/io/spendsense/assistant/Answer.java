package io.spendsense.assistant;

import java.time.YearMonth;
import java.util.List;

import io.spendsense.domain.CategoryTotal;
import io.spendsense.domain.Expense;
import io.spendsense.domain.MonthTotal;

/**
 * The assistant's answer to one question, as the contract's JSON answer describes it.
 *
 * @param value          the headline number: money with two decimals ("1525.00"), a count ("9"), or null
 * @param answerCategory the category the answer names (top_category, category_breakdown), or null
 * @param answerMonth    the month the answer names (top_month), or null
 * @param answerPayee    the payee the answer names (top_payee), or null
 * @param ignored        words of the question that were not used and could change its meaning; the text names them
 * @param text           the sentence shown to the user; never empty
 * @param expenses       the expenses behind biggest/smallest/list answers (may be a first page)
 * @param breakdown      per-category totals (category_breakdown)
 * @param series         per-month totals (trend)
 * @param explain        how the question was read: the rules and words behind the intent and each filter
 * @param proposal       the expense an add_expense question proposes, or null
 */
public record Answer(String query, Frame frame, String value, String answerCategory, YearMonth answerMonth,
                     String answerPayee, String text, List<Expense> expenses, List<CategoryTotal> breakdown,
                     List<MonthTotal> series, List<String> ignored, List<String> explain, ProposedExpense proposal,
                     long elapsedMs) {
    /** An answer that names no payee and used every word. */
    public Answer(String query, Frame frame, String value, String answerCategory, YearMonth answerMonth, String text,
                  List<Expense> expenses, List<CategoryTotal> breakdown, List<MonthTotal> series, List<String> explain,
                  ProposedExpense proposal, long elapsedMs) {
        this(query, frame, value, answerCategory, answerMonth, null, text, expenses, breakdown, series, List.of(),
                explain, proposal, elapsedMs);
    }

    public Answer {
        ignored = ignored == null ? List.of() : List.copyOf(ignored);
        expenses = expenses == null ? List.of() : List.copyOf(expenses);
        breakdown = breakdown == null ? List.of() : List.copyOf(breakdown);
        series = series == null ? List.of() : List.copyOf(series);
        explain = explain == null ? List.of() : List.copyOf(explain);
    }

    /**
     * The sentence a data answer ends with when words were not used: {@code I did not use: "organic" — the answer
     * does not take it into account.} The chat shows it apart from the answer; the command line prints it as is.
     */
    public static String notUsedNote(List<String> words) {
        return "I did not use: " + String.join(", ", words.stream().map(w -> "\"" + w + "\"").toList())
                + " — the answer does not take " + (words.size() == 1 ? "it" : "them") + " into account.";
    }

    public Intent intent() {
        return frame.intent();
    }
}
