package io.spendsense.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.spendsense.domain.Budget;
import io.spendsense.domain.BudgetCrossing;
import io.spendsense.domain.BudgetForecast;
import io.spendsense.domain.BudgetLedger;
import io.spendsense.domain.BudgetLimit;
import io.spendsense.domain.BudgetLimits;
import io.spendsense.domain.BudgetStatus;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.Money;
import io.spendsense.domain.MonthTotal;
import io.spendsense.domain.Period;
import io.spendsense.domain.Texts;
import io.spendsense.persistence.BudgetRepository;
import io.spendsense.persistence.CategoryRepository;
import io.spendsense.persistence.ExpenseRepository;
import io.spendsense.persistence.Transactions;

/**
 * The signed-in user's budgets: set, list, remove, and their status, history and forecast per month. Spending per
 * month comes from the month totals the database keeps, so a status with rollover over years reads a few rows.
 */
public final class BudgetService {
    private final Transactions tx;
    private final BudgetRepository budgets;
    private final CategoryRepository categories;
    private final ExpenseRepository expenses;
    private final Clock clock;
    private final ForecastService forecasts;

    public BudgetService(Transactions tx, Clock clock, ForecastService forecasts) {
        this.tx = tx;
        this.forecasts = forecasts;
        this.budgets = new BudgetRepository(tx);
        this.categories = new CategoryRepository(tx);
        this.expenses = new ExpenseRepository(tx);
        this.clock = clock;
    }

    /**
     * Sets the monthly limit of a category ({@code categoryId}) or the overall limit ({@code null}), creating the
     * budget or changing it, with a changed limit applying from this month on; see
     * {@link #set(SignedInUser, Long, BigDecimal, boolean, YearMonth, YearMonth)}.
     */
    public Budget set(SignedInUser who, Long categoryId, BigDecimal limit, boolean rollover, YearMonth startMonth) {
        return set(who, categoryId, limit, rollover, startMonth, null);
    }

    /**
     * Sets the monthly limit of a category ({@code categoryId}) or the overall limit ({@code null}), creating the
     * budget or changing it. {@code startMonth} null keeps an existing budget's start month, or starts a new one this
     * month; rollover is counted from the start month.
     *
     * <p>A new budget has {@code limit} in every month from its start month. For an existing budget the limit applies
     * from {@code applyFrom} on (null: this month, or the start month when the budget starts later): the months
     * before keep the limits they had, and changes made earlier for months from {@code applyFrom} on are replaced.
     * {@code applyFrom} = the start month changes every month. With {@code applyFrom} null and the budget's latest
     * limit given again (say, only to turn rollover on), the limit history stays as it is.
     *
     * @throws ValidationException when {@code applyFrom} is before the start month, or is given for a new budget and
     *                             is not its start month
     */
    public Budget set(SignedInUser who, Long categoryId, BigDecimal limit, boolean rollover, YearMonth startMonth,
                      YearMonth applyFrom) {
        var problem = Money.checkExpenseAmount(limit, who.currency());
        if (problem != null) {
            throw new ValidationException("limit", Money.describe(problem, Texts.get("field.limit"), who.currency()));
        }
        return tx.inWriteTransaction(() -> {
            if (categoryId != null && categories.find(who.id(), categoryId).isEmpty()) {
                throw new ValidationException("category", Texts.format("category.notYours", categoryId));
            }
            var existing = budgets.findFor(who.id(), categoryId);
            YearMonth current = YearMonth.now(clock);
            YearMonth start = startMonth != null ? startMonth : existing.map(Budget::startMonth).orElse(current);
            return budgets.save(who.id(), categoryId, limits(existing.orElse(null), start, limit, applyFrom, current),
                    rollover, start, clock.instant());
        });
    }

    /** The limit history after the change {@link #set} describes. */
    private static List<BudgetLimit> limits(Budget existing, YearMonth start, BigDecimal limit, YearMonth applyFrom,
                                            YearMonth current) {
        if (existing == null) {
            if (applyFrom != null && !applyFrom.equals(start)) {
                throw new ValidationException("from", Texts.format("budget.newFromStart", start, applyFrom));
            }
            return List.of(new BudgetLimit(start, limit));
        }
        if (applyFrom != null && applyFrom.isBefore(start)) {
            throw new ValidationException("from", Texts.format("budget.fromBeforeStart", applyFrom, start));
        }
        var kept = BudgetLimits.normalize(existing.limits(), start);
        if (applyFrom == null && limit.compareTo(existing.limit()) == 0) {
            return kept;
        }
        YearMonth from = applyFrom != null ? applyFrom : current.isBefore(start) ? start : current;
        return BudgetLimits.change(kept, start, from, limit);
    }

    public void remove(SignedInUser who, long id) {
        tx.runWrite(() -> {
            if (!budgets.delete(who.id(), id)) {
                throw new NotFoundException(Texts.format("budget.notFound", id));
            }
        });
    }

    /** The overall budget first, then by category name. */
    public List<Budget> list(SignedInUser who) {
        return tx.inTransaction(() -> budgets.list(who.id()));
    }

    public Budget find(SignedInUser who, long id) {
        return tx.inTransaction(() -> budgets.find(who.id(), id))
                .orElseThrow(() -> new NotFoundException(Texts.format("budget.notFound", id)));
    }

    /** Every budget's status in a month; budgets that start after the month are left out. */
    public List<BudgetStatus> status(SignedInUser who, YearMonth month) {
        return status(who, month, LocalDate.now(clock));
    }

    /** As {@link #status(SignedInUser, YearMonth)}, with days left counted from {@code today} (the assistant's day). */
    public List<BudgetStatus> status(SignedInUser who, YearMonth month, LocalDate today) {
        return tx.inTransaction(() -> {
            var result = new ArrayList<BudgetStatus>();
            for (Budget b : budgets.list(who.id())) {
                if (!b.startMonth().isAfter(month)) {
                    result.add(BudgetLedger.status(b, spentByMonth(who, b, month), month, today,
                            Money.scaleOf(who.currency())));
                }
            }
            return result;
        });
    }

    /** Every budget's status in the current month. */
    public List<BudgetStatus> status(SignedInUser who) {
        return status(who, YearMonth.now(clock));
    }

    /** One budget month by month, from {@code from} (or its start month, if later) to {@code to}. */
    public List<BudgetStatus> history(SignedInUser who, long budgetId, YearMonth from, YearMonth to) {
        LocalDate today = LocalDate.now(clock);
        return tx.inTransaction(() -> {
            Budget b = budgets.find(who.id(), budgetId)
                    .orElseThrow(() -> new NotFoundException(Texts.format("budget.notFound", budgetId)));
            return BudgetLedger.statuses(b, spentByMonth(who, b, to), from, to, today,
                    Money.scaleOf(who.currency()));
        });
    }

    /** The month-end forecast of every budget this month ({@link ForecastService}). */
    public List<BudgetForecast> forecast(SignedInUser who) {
        return forecast(who, LocalDate.now(clock));
    }

    /**
     * The month-end forecast of every budget in {@code today}'s month, as on {@code today}: the forecast of its
     * category, or of all spending for the overall budget.
     */
    public List<BudgetForecast> forecast(SignedInUser who, LocalDate today) {
        var statuses = status(who, YearMonth.from(today), today);
        if (statuses.isEmpty()) {
            return List.of();
        }
        var byScope = new java.util.HashMap<Long, io.spendsense.domain.MonthForecast>();
        forecasts.forMonth(who, today).forEach(f -> byScope.put(f.categoryId(), f));
        return statuses.stream().map(s -> new BudgetForecast(s, byScope.computeIfAbsent(s.budget().categoryId(),
                id -> forecasts.forMonth(who, today, id)))).toList();
    }

    /** The budgets a change took past 80% or 100%, given the statuses of the same month before and after it. */
    public static List<BudgetCrossing> crossings(List<BudgetStatus> before, List<BudgetStatus> after) {
        return BudgetCrossing.between(before, after);
    }

    /** The budget's spending per month from its start month to {@code to}, from the kept month totals. */
    private Map<YearMonth, BigDecimal> spentByMonth(SignedInUser who, Budget b, YearMonth to) {
        var filter = ExpenseFilter.of(new Period(b.startMonth().atDay(1), to.atEndOfMonth()));
        if (!b.isOverall()) {
            filter = filter.withCategories(Set.of(b.categoryId()));
        }
        var spent = new HashMap<YearMonth, BigDecimal>();
        for (MonthTotal t : expenses.byMonth(who.id(), filter)) {
            spent.put(t.month(), t.total());
        }
        return spent;
    }
}
