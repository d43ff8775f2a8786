package io.spendsense.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A payee that looks like a monthly bill, offered as a recurring template: the same payee charged about the same
 * amount (within 10% of the first charge) about monthly (25 to 35 days apart), at least 3 times in a row, and not
 * much else at that payee meanwhile (a weekly grocery store has similar amounts a month apart too).
 *
 * @param suggested the template it would become: monthly on the last charge's day, starting the month after it
 */
public record RecurringCandidate(String payee, int times, LocalDate lastDate, RecurringDraft suggested) {
    public static final int MIN_TIMES = 3;
    static final BigDecimal TOLERANCE = new BigDecimal("0.10");

    /** Candidates among expenses (any order), most charges first, then by payee. */
    public static List<RecurringCandidate> find(List<Expense> expenses) {
        Map<String, List<Expense>> byPayee = new HashMap<>();
        for (Expense e : expenses) {
            if (e.payee() != null && !e.payee().isBlank()) {
                byPayee.computeIfAbsent(e.payee().strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(e);
            }
        }
        var found = new ArrayList<RecurringCandidate>();
        for (List<Expense> list : byPayee.values()) {
            list.sort(Comparator.comparing(Expense::date).thenComparing(Expense::id));
            List<Expense> best = List.of();
            for (int i = 0; i < list.size(); i++) {
                List<Expense> chain = chainFrom(list, i);
                if (chain.size() > best.size()) {
                    best = chain;
                }
            }
            if (best.size() >= MIN_TIMES && mostlyThisChain(list, best)) {
                found.add(candidate(best));
            }
        }
        found.sort(Comparator.comparing(RecurringCandidate::times).reversed()
                .thenComparing(c -> c.payee().toLowerCase(Locale.ROOT)));
        return found;
    }

    private static List<Expense> chainFrom(List<Expense> list, int start) {
        var chain = new ArrayList<Expense>();
        Expense first = list.get(start);
        chain.add(first);
        BigDecimal allowed = first.amount().multiply(TOLERANCE);
        for (int j = start + 1; j < list.size(); j++) {
            Expense last = chain.get(chain.size() - 1);
            Expense e = list.get(j);
            long gap = java.time.temporal.ChronoUnit.DAYS.between(last.date(), e.date());
            if (gap > 35) {
                break;
            }
            if (gap >= 25 && e.amount().subtract(first.amount()).abs().compareTo(allowed) <= 0) {
                chain.add(e);
            }
        }
        return chain;
    }

    /** At most half as many other charges at the payee as the chain has, over the chain's span. */
    private static boolean mostlyThisChain(List<Expense> all, List<Expense> chain) {
        LocalDate from = chain.get(0).date();
        LocalDate to = chain.get(chain.size() - 1).date();
        long inSpan = all.stream().filter(e -> !e.date().isBefore(from) && !e.date().isAfter(to)).count();
        return (inSpan - chain.size()) * 2 <= chain.size();
    }

    private static RecurringCandidate candidate(List<Expense> chain) {
        Expense last = chain.get(chain.size() - 1);
        int day = last.date().getDayOfMonth();
        YearMonth next = YearMonth.from(last.date()).plusMonths(1);
        LocalDate start = next.atDay(Math.min(day, next.lengthOfMonth()));
        var draft = new RecurringDraft(last.amount(), last.categoryId(), last.payee(), last.description(),
                Schedule.monthly(day), start, null);
        return new RecurringCandidate(last.payee(), chain.size(), last.date(), draft);
    }
}
