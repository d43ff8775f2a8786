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
    /**
     * Starts an answer to {@code query}, read as {@code frame}; everything not set is empty (no value, nothing named,
     * no rows, every word used, no proposal), so no caller passes positional nulls.
     */
    public static Builder to(String query, Frame frame) {
        return new Builder(query, frame);
    }

    /** The same answer with another sentence (the command line's "Saved: ..." after a confirmed add). */
    public Answer withText(String newText) {
        return new Answer(query, frame, value, answerCategory, answerMonth, answerPayee, newText, expenses, breakdown,
                series, ignored, explain, proposal, elapsedMs);
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

    /** Builds an {@link Answer} by name; see {@link Answer#to}. */
    public static final class Builder {
        private final String query;
        private final Frame frame;
        private String value;
        private String answerCategory;
        private YearMonth answerMonth;
        private String answerPayee;
        private String text;
        private List<Expense> expenses;
        private List<CategoryTotal> breakdown;
        private List<MonthTotal> series;
        private List<String> ignored;
        private List<String> explain;
        private ProposedExpense proposal;
        private long elapsedMs;

        private Builder(String query, Frame frame) {
            this.query = query;
            this.frame = frame;
        }

        /** Everything an executed plan produced: the value, what it names, the sentence and the rows behind it. */
        Builder outcome(Outcome o) {
            value = o.value();
            answerCategory = o.answerCategory();
            answerMonth = o.answerMonth();
            answerPayee = o.answerPayee();
            text = o.text();
            expenses = o.expenses();
            breakdown = o.breakdown();
            series = o.series();
            return this;
        }

        public Builder value(String headline) {
            value = headline;
            return this;
        }

        public Builder category(String name) {
            answerCategory = name;
            return this;
        }

        public Builder month(YearMonth month) {
            answerMonth = month;
            return this;
        }

        public Builder payee(String name) {
            answerPayee = name;
            return this;
        }

        public Builder text(String sentence) {
            text = sentence;
            return this;
        }

        public Builder expenses(List<Expense> rows) {
            expenses = rows;
            return this;
        }

        public Builder breakdown(List<CategoryTotal> totals) {
            breakdown = totals;
            return this;
        }

        public Builder series(List<MonthTotal> months) {
            series = months;
            return this;
        }

        public Builder ignored(List<String> words) {
            ignored = words;
            return this;
        }

        public Builder explain(List<String> lines) {
            explain = lines;
            return this;
        }

        public Builder proposal(ProposedExpense proposed) {
            proposal = proposed;
            return this;
        }

        public Builder elapsedMs(long ms) {
            elapsedMs = ms;
            return this;
        }

        public Answer build() {
            return new Answer(query, frame, value, answerCategory, answerMonth, answerPayee, text, expenses, breakdown,
                    series, ignored, explain, proposal, elapsedMs);
        }
    }
}
