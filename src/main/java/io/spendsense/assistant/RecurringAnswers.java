package io.spendsense.assistant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.spendsense.domain.Money;
import io.spendsense.domain.Period;
import io.spendsense.domain.RecurringTemplate;
import io.spendsense.domain.UpcomingExpense;
import io.spendsense.service.RecurringService;

/**
 * Answers {@code recurring} (value: how many recurring expenses there are; the text adds what they cost a month) and
 * {@code upcoming_bills} (value: the total due in the period, from today on when the period has begun).
 */
final class RecurringAnswers {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE, MMM d", Locale.US);
    private static final int IN_TEXT = 8;

    private RecurringAnswers() {
    }

    static Outcome recurring(RecurringService recurring, Context cx, List<String> explain) {
        List<RecurringTemplate> templates = recurring.list(cx.who());
        var candidates = recurring.candidates(cx.who());
        String also = candidates.isEmpty() ? "" : " These look like monthly bills too: " + String.join(", ",
                candidates.stream().limit(3).map(c -> c.payee() + " (" + cx.say().money(c.suggested().amount())
                        + ")").toList()) + ".";
        explain.add("recurring: " + templates.size() + " templates, " + candidates.size() + " candidates");
        if (templates.isEmpty()) {
            return Outcome.of("0", "You have no recurring expenses yet." + also);
        }
        BigDecimal monthly = templates.stream().map(RecurringTemplate::perMonth)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
        var parts = templates.stream().limit(IN_TEXT).map(t -> name(t) + " " + cx.say().money(t.amount()) + " "
                + t.schedule().describe(t.start()) + " (" + t.categoryName() + ")").toList();
        return Outcome.of(Integer.toString(templates.size()), "You have " + Phrasing.count(templates.size(),
                "recurring expense") + ", about " + cx.say().money(monthly) + " a month: " + String.join("; ", parts)
                + (templates.size() > IN_TEXT ? "; and " + (templates.size() - IN_TEXT) + " more" : "") + "." + also);
    }

    static Outcome upcoming(Plan plan, RecurringService recurring, Context cx, List<String> explain) {
        Period p = plan.frame().period();
        LocalDate today = cx.today();
        LocalDate to = p.to() == null ? today.plusDays(30) : p.to();
        LocalDate from = p.from() == null || p.from().isBefore(today) && !to.isBefore(today) ? today : p.from();
        String category = plan.frame().category();
        List<UpcomingExpense> due = recurring.due(cx.who(), from, to).stream()
                .filter(u -> category == null || category.equalsIgnoreCase(u.template().categoryName())).toList();
        BigDecimal total = due.stream().map(u -> u.template().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        explain.add("upcoming_bills: " + due.size() + " due from " + from + " to " + to
                + (category == null ? "" : " in " + category));
        String when = cx.say().period(p) + (from.equals(today) && p.from() != null && p.from().isBefore(today)
                ? " from today on" : "");
        if (due.isEmpty()) {
            return Outcome.of(Money.plain(total), "No recurring bills" + (category == null ? "" : " for " + category)
                    + " are due " + when + ".");
        }
        var parts = due.stream().limit(IN_TEXT).map(u -> name(u.template()) + " " + cx.say().money(u.template()
                .amount()) + " on " + u.date().format(DAY)).toList();
        return Outcome.of(Money.plain(total), (due.size() == 1 ? "1 bill is" : due.size() + " bills are") + " due "
                + when + ", " + cx.say().money(total) + " in all: " + String.join("; ", parts)
                + (due.size() > IN_TEXT ? "; and " + (due.size() - IN_TEXT) + " more" : "") + ".");
    }

    /** "Rent at Oakwood Apartments", or just the payee or description that there is. */
    private static String name(RecurringTemplate t) {
        if (t.description().isBlank()) {
            return t.payee().isBlank() ? "A recurring expense" : t.payee();
        }
        return t.payee().isBlank() || t.payee().equalsIgnoreCase(t.description()) ? t.description()
                : t.description() + " at " + t.payee();
    }
}
