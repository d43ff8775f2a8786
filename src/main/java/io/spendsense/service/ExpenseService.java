package io.spendsense.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.spendsense.domain.CategoryChoice;
import io.spendsense.domain.CategoryRule;
import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.ExpenseSort;
import io.spendsense.domain.Money;
import io.spendsense.domain.Page;
import io.spendsense.domain.PayeeUsage;
import io.spendsense.domain.Slice;
import io.spendsense.persistence.CategoryRepository;
import io.spendsense.persistence.ChangedMeanwhileException;
import io.spendsense.persistence.ExpenseRepository;
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
    private final Clock clock;

    public ExpenseService(Transactions tx, Clock clock) {
        this.tx = tx;
        this.expenses = new ExpenseRepository(tx);
        this.rules = new RuleRepository(tx);
        this.categories = new CategoryRepository(tx);
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
            var categorized = CategoryRule.apply(rules.list(who.id()), draft, choice);
            validate(categorized);
            // also loads the category into the session: the insert maps the expense from it
            requireCategory(who, categorized.categoryId());
            return expenses.insert(who.id(), categorized, clock.instant());
        });
    }

    /**
     * Changes an expense to exactly the draft, whatever it is now (the command line's {@code edit}, which reads and
     * writes in one go): rules are not applied again (they never override a category).
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
        validate(draft);
        try {
            return tx.inWriteTransaction(() -> {
                requireCategory(who, draft.categoryId());
                return expenses.update(who.id(), id, expectedVersion, draft, clock.instant())
                        .orElseThrow(() -> new NotFoundException("No expense with id " + id + "."));
            });
        } catch (ChangedMeanwhileException e) {
            throw new EditConflictException(e.current(), e);
        }
    }

    public void delete(SignedInUser who, long id) {
        tx.runWrite(() -> {
            if (!expenses.delete(who.id(), id)) {
                throw new NotFoundException("No expense with id " + id + ".");
            }
        });
    }

    /** Deletes several expenses in one transaction: all of them, or none when one is not the user's. */
    public void deleteAll(SignedInUser who, Collection<Long> ids) {
        tx.runWrite(() -> ids.forEach(id -> {
            if (!expenses.delete(who.id(), id)) {
                throw new NotFoundException("No expense with id " + id + ".");
            }
        }));
    }

    /** Re-creates expenses (undo of a delete) in one transaction; returns them with their new ids. */
    public List<Expense> restore(SignedInUser who, List<ExpenseDraft> drafts) {
        drafts.forEach(ExpenseService::validate);
        return tx.inWriteTransaction(() -> {
            var restored = new ArrayList<Expense>();
            for (ExpenseDraft d : drafts) {
                requireCategory(who, d.categoryId());
                restored.add(expenses.insert(who.id(), d, clock.instant()));
            }
            return restored;
        });
    }

    /**
     * Puts deleted expenses of the user back (undo of a delete): each with its id when that is still free, its
     * version and creation time, so that an undo history or another window that knew it still finds it.
     */
    public List<Expense> undelete(SignedInUser who, List<Expense> deleted) {
        deleted.forEach(e -> validate(e.toDraft()));
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
            throw new ValidationException("category", "category is not one of yours (id " + categoryId + ")");
        }
    }

    /** Checks every field of a draft and reports every broken rule at once. */
    public static void validate(ExpenseDraft d) {
        var errors = new ArrayList<ValidationException.FieldError>();
        if (d.date() == null) {
            errors.add(new ValidationException.FieldError("date", "date is required"));
        } else if (d.date().getYear() < 1900 || d.date().getYear() > 2999) {
            errors.add(new ValidationException.FieldError("date", "date must be between the years 1900 and 2999"));
        }
        String amountProblem = Money.checkExpenseAmount(d.amount());
        if (amountProblem != null) {
            errors.add(new ValidationException.FieldError("amount", "amount " + amountProblem));
        }
        if (d.categoryId() <= 0) {
            errors.add(new ValidationException.FieldError("category", "category is required"));
        }
        checkLength(errors, "description", d.description(), MAX_DESCRIPTION);
        checkLength(errors, "payee", d.payee(), MAX_PAYEE);
        checkLength(errors, "notes", d.notes(), MAX_NOTES);
        checkText(errors, "description", d.description());
        checkText(errors, "payee", d.payee());
        checkText(errors, "notes", d.notes());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Control characters (but tab and newline) and bidi overrides are refused in every text field. */
    static void checkText(List<ValidationException.FieldError> errors, String field, String value) {
        String problem = io.spendsense.domain.SafeText.controlProblem(field, value);
        if (problem != null) {
            errors.add(new ValidationException.FieldError(field, problem));
        }
    }

    private static void checkLength(List<ValidationException.FieldError> errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.add(new ValidationException.FieldError(field, field + " must be at most " + max + " characters"));
        }
    }
}
