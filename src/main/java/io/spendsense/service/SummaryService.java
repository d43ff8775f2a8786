package io.spendsense.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.spendsense.domain.CategoryTotal;
import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.MonthCategoryTotal;
import io.spendsense.domain.MonthTotal;
import io.spendsense.domain.PayeeTotal;
import io.spendsense.domain.Period;
import io.spendsense.domain.Totals;
import io.spendsense.persistence.ExpenseRepository;
import io.spendsense.persistence.Transactions;

/** Totals, breakdowns and extremes of the signed-in user's expenses, each computed by one SQL aggregate. */
public final class SummaryService {
    private final Transactions tx;
    private final ExpenseRepository expenses;

    public SummaryService(Transactions tx) {
        this.tx = tx;
        this.expenses = new ExpenseRepository(tx);
    }

    public Totals totals(SignedInUser who, ExpenseFilter filter) {
        return tx.inTransaction(() -> expenses.totals(who.id(), filter));
    }

    /** Per category, largest total first. */
    public List<CategoryTotal> byCategory(SignedInUser who, ExpenseFilter filter) {
        return tx.inTransaction(() -> expenses.byCategory(who.id(), filter));
    }

    /** Per payee, largest total first, at most {@code limit}; expenses without a payee are left out. */
    public List<PayeeTotal> byPayee(SignedInUser who, ExpenseFilter filter, int limit) {
        return tx.inTransaction(() -> expenses.byPayee(who.id(), filter, limit));
    }

    /** Per calendar month that has expenses, oldest first. */
    public List<MonthTotal> byMonth(SignedInUser who, ExpenseFilter filter) {
        return tx.inTransaction(() -> expenses.byMonth(who.id(), filter));
    }

    public List<MonthCategoryTotal> byMonthAndCategory(SignedInUser who, ExpenseFilter filter) {
        return tx.inTransaction(() -> expenses.byMonthAndCategory(who.id(), filter));
    }

    /** The {@code limit} largest matching expenses, largest first (ties: earlier date first). */
    public List<Expense> biggest(SignedInUser who, ExpenseFilter filter, int limit) {
        return tx.inTransaction(() -> expenses.extremes(who.id(), filter, true, limit));
    }

    /** The {@code limit} smallest matching expenses, smallest first. */
    public List<Expense> smallest(SignedInUser who, ExpenseFilter filter, int limit) {
        return tx.inTransaction(() -> expenses.extremes(who.id(), filter, false, limit));
    }

    public long count(SignedInUser who, ExpenseFilter filter) {
        return totals(who, filter).count();
    }

    /** The first and last dates the user has expenses on, or empty when there are none. */
    public Optional<Period> dataRange(SignedInUser who) {
        return tx.inTransaction(() -> expenses.dateRange(who.id()))
                .map(r -> new Period((LocalDate) r[0], (LocalDate) r[1]));
    }
}
