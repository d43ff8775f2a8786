package io.spendsense.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.Money;
import io.spendsense.domain.MonthForecast;
import io.spendsense.domain.MonthForecaster;
import io.spendsense.domain.Period;
import io.spendsense.persistence.ExpenseRepository;
import io.spendsense.persistence.Transactions;

/**
 * This month's forecasts of the signed-in user, overall and per category ({@link MonthForecaster}): the last
 * {@value MonthForecaster#HISTORY_MONTHS} months of expenses and this month's so far, with the recurring expenses
 * still due this month.
 */
public final class ForecastService {
    private final Transactions tx;
    private final ExpenseRepository expenses;
    private final RecurringService recurring;
    private final Clock clock;

    public ForecastService(Transactions tx, RecurringService recurring, Clock clock) {
        this.tx = tx;
        this.expenses = new ExpenseRepository(tx);
        this.recurring = recurring;
        this.clock = clock;
    }

    /** The forecast of all spending first, then of each category spent on in the last two years or this month. */
    public List<MonthForecast> thisMonth(SignedInUser who) {
        return forMonth(who, LocalDate.now(clock));
    }

    /** As {@link #thisMonth}, for {@code today}'s month as it stood on {@code today}. */
    public List<MonthForecast> forMonth(SignedInUser who, LocalDate today) {
        var loaded = load(who, today);
        var result = new ArrayList<MonthForecast>();
        result.add(loaded.forecaster().forecast(today, null, loaded.due(), loaded.recurringPayees()));
        for (long categoryId : loaded.categories()) {
            result.add(loaded.forecaster().forecast(today, categoryId, loaded.due(), loaded.recurringPayees()));
        }
        return result;
    }

    /** The forecast of one category (null: all spending) for {@code today}'s month. */
    public MonthForecast forMonth(SignedInUser who, LocalDate today, Long categoryId) {
        var loaded = load(who, today);
        return loaded.forecaster().forecast(today, categoryId, loaded.due(), loaded.recurringPayees());
    }

    /** All the user's expenses with their category names: what {@code bench-forecast --user} replays. */
    public ForecastBacktest.DataSet history(SignedInUser who) {
        var rows = new ArrayList<MonthForecaster.Spend>();
        var names = new java.util.TreeMap<Long, String>();
        int scale = Money.scaleOf(who.currency());
        tx.inTransaction(() -> {
            expenses.forEachInDateOrder(who.id(), ExpenseFilter.ALL, e -> {
                rows.add(MonthForecaster.Spend.of(e, scale));
                names.putIfAbsent(e.categoryId(), e.categoryName());
            });
            return null;
        });
        return new ForecastBacktest.DataSet(rows, names, scale);
    }

    private record Loaded(MonthForecaster forecaster, List<MonthForecaster.Due> due, Set<String> recurringPayees,
                          Set<Long> categories) {
    }

    private Loaded load(SignedInUser who, LocalDate today) {
        YearMonth month = YearMonth.from(today);
        LocalDate from = month.minusMonths(
                Math.max(MonthForecaster.HISTORY_MONTHS, MonthForecaster.BILL_HISTORY)).atDay(1);
        var rows = new ArrayList<MonthForecaster.Spend>();
        var categories = new LinkedHashSet<Long>();
        int scale = Money.scaleOf(who.currency());
        LocalDate[] first = new LocalDate[1];
        tx.inTransaction(() -> {
            expenses.dateRange(who.id()).ifPresent(r -> first[0] = r[0]);
            expenses.forEachInDateOrder(who.id(), ExpenseFilter.of(new Period(from, month.atEndOfMonth())), e -> {
                rows.add(MonthForecaster.Spend.of(e, scale));
                categories.add(e.categoryId());
            });
            return null;
        });
        var due = new ArrayList<MonthForecaster.Due>();
        var payees = new HashSet<String>();
        recurring.list(who).forEach(t -> payees.add(t.payee() == null || t.payee().isBlank() ? t.description()
                : t.payee()));
        if (today.isBefore(month.atEndOfMonth())) {
            recurring.upcoming(who, today.plusDays(1), month.atEndOfMonth()).forEach(u -> due.add(
                    new MonthForecaster.Due(u.template().categoryId(), u.template().payee(), u.date(),
                            u.template().amount())));
        }
        payees.removeIf(p -> p == null);
        return new Loaded(new MonthForecaster(rows, first[0], scale), due, payees, categories);
    }
}
