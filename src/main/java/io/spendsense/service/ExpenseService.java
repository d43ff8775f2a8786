package io.spendsense.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.spendsense.domain.CategoryChoice;
import io.spendsense.domain.CategoryRule;
import io.spendsense.domain.CurrencyMath;
import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.ExpenseSort;
import io.spendsense.domain.ForeignAmount;
import io.spendsense.domain.Money;
import io.spendsense.domain.Page;
import io.spendsense.domain.PayeeUsage;
import io.spendsense.domain.RateQuote;
import io.spendsense.domain.Slice;
import io.spendsense.domain.Texts;
import io.spendsense.persistence.CategoryRepository;
import io.spendsense.persistence.ChangedMeanwhileException;
import io.spendsense.persistence.ExpenseRepository;
import io.spendsense.persistence.RateRepository;
import io.spendsense.persistence.RuleRepository;
import io.spendsense.persistence.Transactions;

/** The signed-in user's expenses: validated create, update and delete, and paged, sorted, filtered lists. */
public final class ExpenseService {
    public static final int MAX_DESCRIPTION = 500;
    public static final int MAX_PAYEE = 200;
    public static final int MAX_NOTES = 4000;
    public static final int MAX_PAGE = 1000;

    private final Transactions tx;
    private final ExpenseRepository expenses;
    private final CategoryRepository categories;
    private final RuleRepository rules;
    private final Conversions conversions;
    private final Clock clock;

    public ExpenseService(Transactions tx, Clock clock) {
        this.tx = tx;
        this.expenses = new ExpenseRepository(tx);
        this.rules = new RuleRepository(tx);
        this.categories = new CategoryRepository(tx);
        this.conversions = new Conversions(new RateRepository(tx), clock);
        this.clock = clock;
    }

    /** Creates an expense in the category the draft names: {@code create(who, draft, CategoryChoice.CHOSEN)}. */
    public Expense create(SignedInUser who, ExpenseDraft draft) {
        return create(who, draft, CategoryChoice.CHOSEN);
    }

    /**
     * Creates an expense after the user's categorization rules. The first rule that matches renames the payee when it
     * says so, and sets the category only when {@code choice} is {@link CategoryChoice#OPEN}: then the draft's
     * category is a default (0 for none) used when no rule matches. A chosen category is never replaced.
     */
    public Expense create(SignedInUser who, ExpenseDraft draft, CategoryChoice choice) {
        return tx.inWriteTransaction(() -> {
            // rules see the amount in the profile's currency, as they do for every other expense
            var categorized = CategoryRule.apply(rules.list(who.id()), conversions.resolve(who, draft), choice);
            validate(categorized, who.currency());
            // also loads the category into the session: the insert maps the expense from it
            requireCategory(who, categorized.categoryId());
            return expenses.insert(who.id(), categorized, clock.instant());
        });
    }

    /**
     * Changes an expense to exactly the draft, whatever it is now (the command line's {@code edit}, which reads and
     * writes in one go): rules are not applied again (they never override a category). A draft in another currency is
     * converted at its rate (a corrected rate recomputes the amount), or at the rate known for its date when it has
     * none.
     */
    public Expense update(SignedInUser who, long id, ExpenseDraft draft) {
        return update(who, id, null, draft);
    }

    /**
     * Changes an expense to exactly the draft when it is still at {@code expectedVersion}, the version of the copy the
     * user edited ({@link Expense#version()}; null: any). An {@link EditConflictException} with the expense as it is
     * now when someone changed it meanwhile: nothing is saved, nothing overwritten.
     */
    public Expense update(SignedInUser who, long id, Integer expectedVersion, ExpenseDraft draft) {
        validate(draft, who.currency());
        try {
            return tx.inWriteTransaction(() -> {
                requireCategory(who, draft.categoryId());
                return expenses.update(who.id(), id, expectedVersion, conversions.resolve(who, draft), clock.instant())
                        .orElseThrow(() -> new NotFoundException(Texts.format("expense.notFound", id)));
            });
        } catch (ChangedMeanwhileException e) {
            throw new EditConflictException(e.current(), e);
        }
    }

    public void delete(SignedInUser who, long id) {
        tx.runWrite(() -> {
            if (!expenses.delete(who.id(), id)) {
                throw new NotFoundException(Texts.format("expense.notFound", id));
            }
        });
    }

    /** Deletes several expenses in one transaction: all of them, or none when one is not the user's. */
    public void deleteAll(SignedInUser who, Collection<Long> ids) {
        tx.runWrite(() -> ids.forEach(id -> {
            if (!expenses.delete(who.id(), id)) {
                throw new NotFoundException(Texts.format("expense.notFound", id));
            }
        }));
    }

    /** Re-creates expenses (undo of a delete) in one transaction; returns them with their new ids. */
    public List<Expense> restore(SignedInUser who, List<ExpenseDraft> drafts) {
        drafts.forEach(d -> validate(d, who.currency()));
        return tx.inWriteTransaction(() -> {
            var restored = new ArrayList<Expense>();
            for (ExpenseDraft d : drafts) {
                requireCategory(who, d.categoryId());
                restored.add(expenses.insert(who.id(), conversions.resolve(who, d), clock.instant()));
            }
            return restored;
        });
    }

    /**
     * Puts deleted expenses of the user back (undo of a delete): each with its id when that is still free, its
     * version and creation time, so that an undo history or another window that knew it still finds it.
     */
    public List<Expense> undelete(SignedInUser who, List<Expense> deleted) {
        deleted.forEach(e -> validate(e.toDraft(), who.currency()));
        return tx.inWriteTransaction(() -> {
            var restored = new ArrayList<Expense>();
            for (Expense e : deleted) {
                requireCategory(who, e.categoryId());
                restored.add(expenses.undelete(who.id(), e, clock.instant()));
            }
            return restored;
        });
    }

    public Optional<Expense> find(SignedInUser who, long id) {
        return tx.inTransaction(() -> expenses.find(who.id(), id));
    }

    public Page<Expense> page(SignedInUser who, ExpenseFilter filter, ExpenseSort sort, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("page offset must be >= 0 and limit 1.." + MAX_PAGE);
        }
        return tx.inTransaction(() -> expenses.page(who.id(), filter, sort, offset, limit));
    }

    /**
     * The expenses after {@code after} in {@code sort}'s order (null: the first page), at most {@code limit}, and
     * whether more follow: how the table pages, at the cost of the first page however deep it scrolls.
     */
    public Slice<Expense> pageAfter(SignedInUser who, ExpenseFilter filter, ExpenseSort sort, Expense after,
                                    int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("page limit must be 1.." + MAX_PAGE);
        }
        return tx.inTransaction(() -> expenses.pageAfter(who.id(), filter, sort, after, limit));
    }

    /** Payees the user has used, most used first, with the category usually chosen for each (autocomplete). */
    public List<PayeeUsage> payees(SignedInUser who) {
        return tx.inTransaction(() -> expenses.payees(who.id()));
    }

    private void requireCategory(SignedInUser who, long categoryId) {
        if (categories.find(who.id(), categoryId).isEmpty()) {
            throw new ValidationException("category", Texts.format("category.notYours", categoryId));
        }
    }

    /**
     * The rate of {@code currency} in the profile's currency for {@code day}: the day's own, else the nearest earlier
     * one ({@link RateQuote#estimated()}); empty when none is known. What the editor prefills.
     */
    public Optional<RateQuote> rateFor(SignedInUser who, String currency, java.time.LocalDate day) {
        if (currency == null || day == null || currency.equals(who.currency())) {
            return Optional.empty();
        }
        return tx.inTransaction(() -> {
            try {
                return Optional.of(conversions.quote(who, currency, day));
            } catch (ValidationException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * Checks every field of a draft and reports every broken rule at once. A draft in another currency is checked in
     * that currency (its minor units, its rate when given); its amount in the profile's currency is the conversion's.
     * An amount in the profile's currency has at most that currency's decimals (JPY none, USD two, BHD three).
     */
    public static void validate(ExpenseDraft d, String profileCurrency) {
        var errors = new ArrayList<ValidationException.FieldError>();
        if (d.date() == null) {
            errors.add(new ValidationException.FieldError("date", Texts.get("expense.dateRequired")));
        } else if (d.date().getYear() < 1900 || d.date().getYear() > 2999) {
            errors.add(new ValidationException.FieldError("date", Texts.get("date.yearRange")));
        }
        if (d.foreign() == null) {
            var amountProblem = Money.checkExpenseAmount(d.amount(), profileCurrency);
            if (amountProblem != null) {
                errors.add(new ValidationException.FieldError("amount",
                        Money.describe(amountProblem, Texts.get("field.amount"), profileCurrency)));
            }
        } else {
            errors.addAll(foreignErrors(d.foreign()));
        }
        if (d.categoryId() <= 0) {
            errors.add(new ValidationException.FieldError("category", Texts.get("expense.categoryRequired")));
        }
        checkLength(errors, "description", Texts.get("field.description"), d.description(), MAX_DESCRIPTION);
        checkLength(errors, "payee", Texts.get("field.payee"), d.payee(), MAX_PAYEE);
        checkLength(errors, "notes", Texts.get("field.notes"), d.notes(), MAX_NOTES);
        checkText(errors, "description", Texts.get("field.description"), d.description());
        checkText(errors, "payee", Texts.get("field.payee"), d.payee());
        checkText(errors, "notes", Texts.get("field.notes"), d.notes());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** What is wrong with an amount paid in another currency: its code, its amount in it, its rate when given. */
    static List<ValidationException.FieldError> foreignErrors(ForeignAmount f) {
        var errors = new ArrayList<ValidationException.FieldError>();
        String code = CurrencyMath.code(f.currency());
        if (code == null || !code.equals(f.currency())) {
            errors.add(new ValidationException.FieldError("currency", Texts.format("currency.notACode",
                    f.currency())));
            return errors;
        }
        var amountProblem = CurrencyMath.checkAmount(f.amount(), f.currency());
        if (amountProblem != null) {
            errors.add(new ValidationException.FieldError("amount", CurrencyMath.describeAmount(amountProblem,
                    Texts.get("field.amount"), f.currency())));
        }
        var rateProblem = f.rate() == null ? null : CurrencyMath.checkRate(f.rate());
        if (rateProblem != null) {
            errors.add(new ValidationException.FieldError("rate", CurrencyMath.describeRate(rateProblem)));
        }
        return errors;
    }

    /**
     * Control characters (but tab and newline) and bidi overrides are refused in every text field; the error is
     * {@code field}'s, and its message calls the field {@code what}.
     */
    static void checkText(List<ValidationException.FieldError> errors, String field, String what, String value) {
        String problem = io.spendsense.domain.SafeText.controlProblem(what, value);
        if (problem != null) {
            errors.add(new ValidationException.FieldError(field, problem));
        }
    }

    /** A text of more than {@code max} characters is refused; the message calls the field {@code what}. */
    static void checkLength(List<ValidationException.FieldError> errors, String field, String what, String value,
                            int max) {
        if (value != null && value.strip().length() > max) {
            errors.add(new ValidationException.FieldError(field, Texts.format("field.tooLong", what, max)));
        }
    }
}
