package io.spendsense.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.Money;
import io.spendsense.domain.Period;
import io.spendsense.domain.RecurringCandidate;
import io.spendsense.domain.RecurringDraft;
import io.spendsense.domain.RecurringTemplate;
import io.spendsense.domain.Texts;
import io.spendsense.domain.UpcomingExpense;
import io.spendsense.persistence.CategoryRepository;
import io.spendsense.persistence.ExpenseRepository;
import io.spendsense.persistence.RecurringRepository;
import io.spendsense.persistence.Transactions;

/**
 * The signed-in user's recurring expenses: templates, the generation of their occurrences up to today (exactly once
 * each, see {@link #generateDue}), what is coming up, and payees that look like monthly bills.
 */
public final class RecurringService {
    /** How far back candidates are looked for. */
    static final int CANDIDATE_DAYS = 400;
    private final Transactions tx;
    private final RecurringRepository recurring;
    private final CategoryRepository categories;
    private final ExpenseRepository expenses;
    private final Clock clock;

    public RecurringService(Transactions tx, Clock clock) {
        this.tx = tx;
        this.recurring = new RecurringRepository(tx);
        this.categories = new CategoryRepository(tx);
        this.expenses = new ExpenseRepository(tx);
        this.clock = clock;
    }

    public RecurringTemplate create(SignedInUser who, RecurringDraft d) {
        validate(d, who.currency());
        return tx.inWriteTransaction(() -> {
            if (categories.find(who.id(), d.categoryId()).isEmpty()) {
                throw new ValidationException("category", Texts.format("category.notYours", d.categoryId()));
            }
            return recurring.insert(who.id(), d, clock.instant());
        });
    }

    /**
     * Changes a template. Occurrences already created (and the days already recorded) are left as they are: the
     * change applies to the occurrences still to come.
     */
    public RecurringTemplate update(SignedInUser who, long id, RecurringDraft d) {
        validate(d, who.currency());
        return tx.inWriteTransaction(() -> {
            if (categories.find(who.id(), d.categoryId()).isEmpty()) {
                throw new ValidationException("category", Texts.format("category.notYours", d.categoryId()));
            }
            if (!recurring.update(who.id(), id, d, clock.instant())) {
                throw new NotFoundException(Texts.format("recurring.notFound", id));
            }
            return recurring.find(who.id(), id).orElseThrow();
        });
    }

    public List<RecurringTemplate> list(SignedInUser who) {
        return tx.inTransaction(() -> recurring.list(who.id()));
    }

    /** Removes a template; the expenses it already created stay as they are. */
    public void remove(SignedInUser who, long id) {
        tx.runWrite(() -> {
            if (!recurring.delete(who.id(), id)) {
                throw new NotFoundException(Texts.format("recurring.notFound", id));
            }
        });
    }

    /**
     * Creates the expenses of every occurrence due from each template's last run up to today, in one transaction, and
     * returns how many were created. Exactly once: a day recorded before (by another process at the same moment, or
     * before the user deleted its expense) is never created again, and a clock that went backwards creates nothing.
     * When nothing is due (the usual case) it only reads: no write lock is taken, so opening a profile does not wait
     * for a writer in another window or process.
     */
    public int generateDue(SignedInUser who) {
        LocalDate today = LocalDate.now(clock);
        if (!tx.inTransaction(() -> recurring.list(who.id()).stream().anyMatch(t -> !dueDays(t, today).isEmpty()))) {
            return 0;
        }
        // The write lock first, then the templates read again: a second process at the same moment waits here and
        // then finds every day recorded.
        return tx.inWriteTransaction(() -> {
            int created = 0;
            for (RecurringTemplate t : recurring.list(who.id())) {
                var days = dueDays(t, today);
                if (days.isEmpty()) {
                    continue;
                }
                for (LocalDate day : days) {
                    if (recurring.recordOccurrence(who.id(), t, day, clock.instant()).isPresent()) {
                        created++;
                    }
                }
                recurring.advance(who.id(), t.id(), lastDay(t, today));
            }
            return created;
        });
    }

    /** The days from the template's generated-through day (exclusive) up to today (or its end) that are due. */
    private static List<LocalDate> dueDays(RecurringTemplate t, LocalDate today) {
        LocalDate from = t.generatedThrough() == null ? t.start() : t.generatedThrough().plusDays(1);
        LocalDate to = lastDay(t, today);
        return to.isBefore(from) ? List.of() : t.schedule().dates(t.start(), t.end(), from, to);
    }

    private static LocalDate lastDay(RecurringTemplate t, LocalDate today) {
        return t.end() != null && t.end().isBefore(today) ? t.end() : today;
    }

    /** Occurrences after today up to {@code days} days ahead, soonest first; days already generated are left out. */
    public List<UpcomingExpense> upcoming(SignedInUser who, int days) {
        LocalDate today = LocalDate.now(clock);
        return upcoming(who, today.plusDays(1), today.plusDays(days));
    }

    /** Occurrences between two days (inclusive) not generated yet, soonest first. */
    public List<UpcomingExpense> upcoming(SignedInUser who, LocalDate from, LocalDate to) {
        return tx.inTransaction(() -> {
            var result = new ArrayList<UpcomingExpense>();
            for (RecurringTemplate t : recurring.list(who.id())) {
                Set<LocalDate> done = recurring.occurrenceDates(t.id(), from, to);
                t.schedule().dates(t.start(), t.end(), from, to).stream().filter(d -> !done.contains(d))
                        .forEach(d -> result.add(new UpcomingExpense(t, d)));
            }
            result.sort(Comparator.comparing(UpcomingExpense::date).thenComparing(u -> u.template().id()));
            return result;
        });
    }

    /** Every due date of every template between two days (inclusive), whether or not its expense exists yet. */
    public List<UpcomingExpense> due(SignedInUser who, LocalDate from, LocalDate to) {
        return tx.inTransaction(() -> {
            var result = new ArrayList<UpcomingExpense>();
            for (RecurringTemplate t : recurring.list(who.id())) {
                t.schedule().dates(t.start(), t.end(), from, to).forEach(d -> result.add(new UpcomingExpense(t, d)));
            }
            result.sort(Comparator.comparing(UpcomingExpense::date).thenComparing(u -> u.template().id()));
            return result;
        });
    }

    /** What is still due after today until the end of this month, per category id (for budget forecasts). */
    public Map<Long, BigDecimal> dueThisMonth(SignedInUser who) {
        LocalDate today = LocalDate.now(clock);
        LocalDate monthEnd = today.withDayOfMonth(today.lengthOfMonth());
        if (!monthEnd.isAfter(today)) {
            return Map.of();
        }
        var due = new HashMap<Long, BigDecimal>();
        upcoming(who, today.plusDays(1), monthEnd).forEach(u -> due.merge(u.template().categoryId(),
                u.template().amount(), BigDecimal::add));
        return due;
    }

    /** Payees that look like monthly bills and have no template yet, most charges first. */
    public List<RecurringCandidate> candidates(SignedInUser who) {
        LocalDate today = LocalDate.now(clock);
        return tx.inTransaction(() -> {
            Set<String> templated = recurring.list(who.id()).stream()
                    .map(t -> t.payee().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            var recent = new ArrayList<io.spendsense.domain.Expense>();
            expenses.forEachInDateOrder(who.id(), ExpenseFilter.of(new Period(today.minusDays(CANDIDATE_DAYS), today)),
                    recent::add);
            return RecurringCandidate.find(recent).stream()
                    .filter(c -> !templated.contains(c.payee().toLowerCase(Locale.ROOT)))
                    .filter(c -> !c.lastDate().isBefore(today.minusDays(45)))
                    .toList();
        });
    }

    private static void validate(RecurringDraft d, String currency) {
        var errors = new ArrayList<ValidationException.FieldError>();
        var amountProblem = Money.checkExpenseAmount(d.amount(), currency);
        if (amountProblem != null) {
            errors.add(new ValidationException.FieldError("amount",
                    Money.describe(amountProblem, Texts.get("field.amount"), currency)));
        }
        if (d.schedule() == null) {
            errors.add(new ValidationException.FieldError("schedule", Texts.get("recurring.scheduleRequired")));
        }
        if (d.start() == null) {
            errors.add(new ValidationException.FieldError("start", Texts.get("recurring.startRequired")));
        } else if (d.end() != null && d.end().isBefore(d.start())) {
            errors.add(new ValidationException.FieldError("end", Texts.get("recurring.endBeforeStart")));
        }
        ExpenseService.checkLength(errors, "payee", Texts.get("field.payee"), d.payee(), ExpenseService.MAX_PAYEE);
        ExpenseService.checkText(errors, "payee", Texts.get("field.payee"), d.payee());
        ExpenseService.checkText(errors, "description", Texts.get("field.description"), d.description());
        ExpenseService.checkLength(errors, "description", Texts.get("field.description"), d.description(),
                ExpenseService.MAX_DESCRIPTION);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
