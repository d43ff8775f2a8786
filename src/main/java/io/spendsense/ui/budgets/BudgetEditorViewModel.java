package io.spendsense.ui.budgets;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.spendsense.domain.AmountParser;
import io.spendsense.domain.Budget;
import io.spendsense.domain.Category;
import io.spendsense.domain.Money;
import io.spendsense.ui.common.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The add/edit budget form: category (or overall, {@link #OVERALL}), monthly limit and rollover; when editing, also
 * the month a changed limit applies from ({@link ApplyFrom}): earlier months keep the limits they had. The limit must
 * be a positive amount with at most two decimals, a chosen month a YYYY-MM month not before the budget's start;
 * {@link #validProperty()} drives the Save button.
 */
public final class BudgetEditorViewModel {
    /** The choice that stands for the overall budget in the category list. */
    public static final Category OVERALL = new Category(0, Messages.get("budgets.overall"), "#6e7781", List.of(),
            false);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Messages.locale());

    /** Where a changed limit applies from. */
    public enum ApplyFrom {
        /** This month on (the start month when the budget starts later). */
        THIS_MONTH,
        /** The month typed in {@link #fromMonthTextProperty()} on. */
        CHOSEN_MONTH,
        /** Every month since the budget's start: past months are judged by the new limit too. */
        ALL_MONTHS
    }

    private final boolean editing;
    private final Budget existing;
    private final YearMonth currentMonth;
    private final List<Category> choices;
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>(OVERALL);
    private final StringProperty limitText = new SimpleStringProperty("");
    private final BooleanProperty rollover = new SimpleBooleanProperty(false);
    private final ObjectProperty<ApplyFrom> applyFrom = new SimpleObjectProperty<>(ApplyFrom.THIS_MONTH);
    private final StringProperty fromMonthText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper limitError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fromMonthError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper applyHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final AmountParser amounts;

    /** A form for a new budget ({@code existing} null) or for changing {@code existing}, in {@code currentMonth}. */
    BudgetEditorViewModel(List<Category> categories, Budget existing, YearMonth currentMonth, AmountParser amounts) {
        this.amounts = amounts;
        this.editing = existing != null;
        this.existing = existing;
        this.currentMonth = currentMonth;
        this.choices = new java.util.ArrayList<>();
        choices.add(OVERALL);
        choices.addAll(categories);
        if (existing != null) {
            category.set(existing.isOverall() ? OVERALL : categories.stream()
                    .filter(c -> c.id() == existing.categoryId()).findFirst()
                    .orElse(new Category(existing.categoryId(), existing.categoryName(), "#6e7781", List.of(), false)));
            limitText.set(existing.limit().toPlainString());
            rollover.set(existing.rollover());
            fromMonthText.set(thisMonth().toString());
        }
        limitText.addListener((o, a, b) -> validate());
        category.addListener((o, a, b) -> validate());
        applyFrom.addListener((o, a, b) -> validate());
        fromMonthText.addListener((o, a, b) -> validate());
        validate();
    }

    private void validate() {
        limitError.set(limitProblem(limitText.get()));
        fromMonthError.set(editing && applyFrom.get() == ApplyFrom.CHOSEN_MONTH
                ? monthProblem(fromMonthText.get(), existing.startMonth()) : "");
        applyHint.set(hint());
        valid.set(limitError.get().isEmpty() && fromMonthError.get().isEmpty() && category.get() != null
                && applyFrom.get() != null);
    }

    /** "This month": the current month, or the start month of a budget that starts later. */
    private YearMonth thisMonth() {
        return existing != null && existing.startMonth().isAfter(currentMonth) ? existing.startMonth() : currentMonth;
    }

    /** Why {@code text} is not a month a limit can apply from (YYYY-MM, not before {@code start}), or "". */
    static String monthProblem(String text, YearMonth start) {
        if (text == null || text.isBlank()) {
            return Messages.get("budgets.form.enterMonth");
        }
        YearMonth month;
        try {
            month = YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            return Messages.format("budgets.form.notAMonth", start);
        }
        if (month.isBefore(start)) {
            return Messages.format("budgets.form.startsIn", MONTH.format(start));
        }
        return "";
    }

    /** What the choice means for the history, in words; "" for a new budget (its limit holds from its start). */
    private String hint() {
        if (!editing || applyFrom.get() == null) {
            return "";
        }
        return switch (applyFrom.get()) {
            case THIS_MONTH -> Messages.format("budgets.form.fromOn", MONTH.format(thisMonth()));
            case CHOSEN_MONTH -> fromMonthError.get().isEmpty() ? Messages.format("budgets.form.fromOn",
                    MONTH.format(YearMonth.parse(fromMonthText.get().strip()))) : "";
            case ALL_MONTHS -> Messages.format("budgets.form.allSince", MONTH.format(existing.startMonth()));
        };
    }

    /**
     * The month the limit applies from, for {@code BudgetService.set}: null for a new budget and for "this month"
     * (the service's default), the chosen month, or the start month for "all months".
     */
    YearMonth applyFromMonth() {
        if (!editing) {
            return null;
        }
        return switch (applyFrom.get()) {
            case THIS_MONTH -> null;
            case CHOSEN_MONTH -> YearMonth.parse(fromMonthText.get().strip());
            case ALL_MONTHS -> existing.startMonth();
        };
    }

    /** The budget's limits so far, e.g. "$100.00 from January 2026, $150.00 from March 2026"; "" for a new one. */
    public String limitsText(String currency) {
        if (!editing) {
            return "";
        }
        return String.join(", ", existing.limits().stream()
                .map(l -> Messages.format("budgets.form.limitFrom", Money.format(l.limit(), currency),
                        MONTH.format(l.from()))).toList());
    }

    /** The label of a choice: "This month (March 2026)", "A month I choose", "All months (since January 2026)". */
    public String label(ApplyFrom choice) {
        return switch (choice) {
            case THIS_MONTH -> Messages.format("budgets.form.applyThisMonth", MONTH.format(thisMonth()));
            case CHOSEN_MONTH -> Messages.get("budgets.form.applyChosen");
            case ALL_MONTHS -> Messages.format("budgets.form.applyAll",
                    MONTH.format(editing ? existing.startMonth() : thisMonth()));
        };
    }

    /** Why {@code text} is not a valid monthly limit, or "" when it is. */
    String limitProblem(String text) {
        if (text == null || text.isBlank()) {
            return Messages.get("budgets.form.enterLimit");
        }
        var reading = amounts.read(text);
        if (reading.status() == AmountParser.Status.AMBIGUOUS) {
            return reading.question();
        }
        BigDecimal amount = reading.amount();
        if (amount == null) {
            return Messages.get("form.notAnAmount");
        }
        if (amount.signum() <= 0) {
            return Messages.get("budgets.form.limitPositive");
        }
        if (amount.stripTrailingZeros().scale() > amounts.decimals()) {
            return amounts.decimals() == 2 ? Messages.get("form.atMostTwoDecimals")
                    : amounts.decimals() == 0 ? Messages.format("editor.amountWholeIn", amounts.currency())
                    : Messages.format("editor.amountDecimalsIn", amounts.decimals(), amounts.currency());
        }
        if (amount.compareTo(Money.MAX_AMOUNT) > 0) {
            return Messages.get("budgets.form.limitTooLarge");
        }
        return "";
    }

    /** The limit typed, once valid. */
    BigDecimal limit() {
        return amounts.parse(limitText.get());
    }

    /** The category id, or null for the overall budget. */
    Long categoryId() {
        return category.get() == OVERALL ? null : category.get().id();
    }

    public boolean editing() {
        return editing;
    }

    public List<Category> choices() {
        return choices;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public StringProperty limitTextProperty() {
        return limitText;
    }

    public BooleanProperty rolloverProperty() {
        return rollover;
    }

    public ObjectProperty<ApplyFrom> applyFromProperty() {
        return applyFrom;
    }

    public StringProperty fromMonthTextProperty() {
        return fromMonthText;
    }

    public ReadOnlyStringProperty fromMonthErrorProperty() {
        return fromMonthError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty applyHintProperty() {
        return applyHint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty limitErrorProperty() {
        return limitError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
