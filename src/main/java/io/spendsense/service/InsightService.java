package io.spendsense.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.Insight;
import io.spendsense.domain.InsightFinder;
import io.spendsense.domain.Period;
import io.spendsense.domain.Texts;
import io.spendsense.persistence.ExpenseRepository;
import io.spendsense.persistence.InsightRepository;
import io.spendsense.persistence.Transactions;

/**
 * Unusual spending in one month of the signed-in user's expenses (see {@link InsightFinder} for the rules), without
 * the insights the user dismissed.
 */
public final class InsightService {
    private final Transactions tx;
    private final ExpenseRepository expenses;
    private final InsightRepository insights;
    private final Clock clock;

    public InsightService(Transactions tx, Clock clock) {
        this.tx = tx;
        this.expenses = new ExpenseRepository(tx);
        this.insights = new InsightRepository(tx);
        this.clock = clock;
    }

    /** With the default sensitivity, k = 3.5. */
    public List<Insight> find(SignedInUser who, YearMonth month) {
        return find(who, month, InsightFinder.DEFAULT_K);
    }

    /** {@code k} is the sensitivity: how many robust standard deviations above the median is unusual. */
    public List<Insight> find(SignedInUser who, YearMonth month, BigDecimal k) {
        if (k == null || k.signum() <= 0) {
            throw new ValidationException("sensitivity", Texts.get("insight.sensitivityRule"));
        }
        return tx.inTransaction(() -> {
            var history = new ArrayList<Expense>();
            expenses.forEachInDateOrder(who.id(), ExpenseFilter.of(new Period(month.atDay(1).minusMonths(6),
                    month.atEndOfMonth())), history::add);
            var inMonth = history.stream().filter(e -> YearMonth.from(e.date()).equals(month)).toList();
            var dismissed = insights.dismissed(who.id());
            var payees = inMonth.stream().map(Expense::payee).toList();
            return InsightFinder.find(inMonth, history, insights.payeeFirstSeen(who.id(), payees),
                            insights.recurringExpenseIds(who.id()), k).stream()
                    .filter(i -> !dismissed.contains(i.kind().name() + ":" + i.expense().id()))
                    .toList();
        });
    }

    /** Hides an insight for good; {@code key} as {@link Insight#key()} gives it ("unusual:123"). */
    public void dismiss(SignedInUser who, String key) {
        String[] parts = key == null ? new String[0] : key.strip().split(":");
        Insight.Kind kind;
        long expenseId;
        try {
            kind = Insight.Kind.valueOf(parts[0].toUpperCase(Locale.ROOT));
            expenseId = Long.parseLong(parts[1]);
        } catch (RuntimeException e) {
            throw new ValidationException("insight", Texts.format("insight.notAnInsight", key));
        }
        tx.runWrite(() -> {
            if (expenses.find(who.id(), expenseId).isEmpty()) {
                throw new NotFoundException(Texts.format("expense.notFound", expenseId));
            }
            insights.dismiss(who.id(), expenseId, kind.name(), clock.instant());
        });
    }
}
