package io.spendsense.ui.budgets;

import java.math.BigDecimal;
import java.util.List;

import io.spendsense.domain.Budget;
import io.spendsense.domain.Category;
import io.spendsense.ui.common.AmountText;
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
 * The add/edit budget form: category (or overall, {@link #OVERALL}), monthly limit and rollover. The limit must be a
 * positive amount with at most two decimals; {@link #validProperty()} drives the Save button.
 */
public final class BudgetEditorViewModel {
    /** The choice that stands for the overall budget in the category list. */
    public static final Category OVERALL = new Category(0, Budget.OVERALL, "#6e7781", List.of(), false);

    private final boolean editing;
    private final List<Category> choices;
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>(OVERALL);
    private final StringProperty limitText = new SimpleStringProperty("");
    private final BooleanProperty rollover = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper limitError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);

    BudgetEditorViewModel(List<Category> categories, Budget existing) {
        this.editing = existing != null;
        this.choices = new java.util.ArrayList<>();
        choices.add(OVERALL);
        choices.addAll(categories);
        if (existing != null) {
            category.set(existing.isOverall() ? OVERALL : categories.stream()
                    .filter(c -> c.id() == existing.categoryId()).findFirst()
                    .orElse(new Category(existing.categoryId(), existing.categoryName(), "#6e7781", List.of(), false)));
            limitText.set(existing.limit().toPlainString());
            rollover.set(existing.rollover());
        }
        limitText.addListener((o, a, b) -> validate());
        category.addListener((o, a, b) -> validate());
        validate();
    }

    private void validate() {
        limitError.set(limitProblem(limitText.get()));
        valid.set(limitError.get().isEmpty() && category.get() != null);
    }

    /** Why {@code text} is not a valid monthly limit, or "" when it is. */
    static String limitProblem(String text) {
        if (text == null || text.isBlank()) {
            return "Enter the monthly limit";
        }
        BigDecimal amount;
        try {
            amount = AmountText.parse(text);
        } catch (RuntimeException e) {
            return "Not an amount";
        }
        if (amount == null) {
            return "Not an amount";
        }
        if (amount.signum() <= 0) {
            return "The limit must be more than 0";
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            return "At most 2 decimals";
        }
        if (amount.compareTo(io.spendsense.domain.Money.MAX_AMOUNT) > 0) {
            return "The limit is too large";
        }
        return "";
    }

    /** The limit typed, once valid. */
    BigDecimal limit() {
        return AmountText.parse(limitText.get());
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

    public ReadOnlyStringProperty limitErrorProperty() {
        return limitError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
