package io.spendsense.ui.rules;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.spendsense.domain.AmountParser;
import io.spendsense.domain.Category;
import io.spendsense.domain.CategoryRule;
import io.spendsense.ui.common.Messages;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The add/edit rule form: which text (payee, description, either), how it matches (contains, equals, regex), the
 * pattern, an optional amount range, the category to set and an optional payee name. A regex is checked as it is
 * typed; {@link #validProperty()} drives Save and {@link #sentenceProperty()} reads the rule back in words.
 */
public final class RuleEditorViewModel {
    /** The text a rule looks at, as the form offers it. */
    public enum FieldChoice {
        PAYEE(CategoryRule.Field.PAYEE),
        DESCRIPTION(CategoryRule.Field.DESCRIPTION),
        EITHER(CategoryRule.Field.EITHER);

        final CategoryRule.Field field;

        FieldChoice(CategoryRule.Field field) {
            this.field = field;
        }

        static FieldChoice of(CategoryRule.Field f) {
            for (FieldChoice c : values()) {
                if (c.field == f) {
                    return c;
                }
            }
            throw new IllegalArgumentException(String.valueOf(f));
        }

        @Override
        public String toString() {
            return switch (this) {
                case PAYEE -> Messages.get("rules.form.field.payee");
                case DESCRIPTION -> Messages.get("rules.form.field.description");
                case EITHER -> Messages.get("rules.form.field.either");
            };
        }
    }

    /** How the pattern matches, as the form offers it. */
    public enum KindChoice {
        CONTAINS(CategoryRule.Kind.CONTAINS),
        EQUALS(CategoryRule.Kind.EQUALS),
        REGEX(CategoryRule.Kind.REGEX);

        final CategoryRule.Kind kind;

        KindChoice(CategoryRule.Kind kind) {
            this.kind = kind;
        }

        static KindChoice of(CategoryRule.Kind k) {
            for (KindChoice c : values()) {
                if (c.kind == k) {
                    return c;
                }
            }
            throw new IllegalArgumentException(String.valueOf(k));
        }

        @Override
        public String toString() {
            return switch (this) {
                case CONTAINS -> Messages.get("rules.form.kind.contains");
                case EQUALS -> Messages.get("rules.form.kind.equals");
                case REGEX -> Messages.get("rules.form.kind.regex");
            };
        }
    }

    private final Long ruleId;
    private final List<Category> categories;
    private final ObjectProperty<FieldChoice> field = new SimpleObjectProperty<>(FieldChoice.PAYEE);
    private final ObjectProperty<KindChoice> kind = new SimpleObjectProperty<>(KindChoice.CONTAINS);
    private final StringProperty pattern = new SimpleStringProperty("");
    private final StringProperty minText = new SimpleStringProperty("");
    private final StringProperty maxText = new SimpleStringProperty("");
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final StringProperty setPayee = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper patternError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper amountError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper categoryError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper payeeError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sentence = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    /** The fields the user changed: an untouched empty field is not an error yet (but Save stays off). */
    private final Set<Observable> touched = new HashSet<>();
    private final AmountParser amounts;

    /** A form for a new rule ({@code existing} null) or filled with {@code existing}. */
    RuleEditorViewModel(List<Category> categories, CategoryRule existing, AmountParser amounts) {
        this.amounts = amounts;
        this.ruleId = existing == null ? null : existing.id();
        this.categories = categories;
        if (existing != null) {
            field.set(FieldChoice.of(existing.field()));
            kind.set(KindChoice.of(existing.kind()));
            pattern.set(existing.pattern());
            minText.set(existing.min() == null ? "" : existing.min().toPlainString());
            maxText.set(existing.max() == null ? "" : existing.max().toPlainString());
            category.set(categories.stream().filter(c -> c.id() == existing.categoryId()).findFirst()
                    .orElse(new Category(existing.categoryId(), existing.categoryName(), "#6e7781", List.of(), false)));
            setPayee.set(existing.setPayee() == null ? "" : existing.setPayee());
        }
        for (Observable o : new Observable[] {field, kind, pattern, minText, maxText, category, setPayee}) {
            o.addListener(x -> {
                touched.add(o);
                validate();
            });
        }
        validate();
    }

    /** A form for a new rule filled with a suggested one. */
    static RuleEditorViewModel suggested(List<Category> categories, CategoryRule suggestion, AmountParser amounts) {
        var form = new RuleEditorViewModel(categories, null, amounts);
        form.field.set(FieldChoice.of(suggestion.field()));
        form.kind.set(KindChoice.of(suggestion.kind()));
        form.pattern.set(suggestion.pattern());
        categories.stream().filter(c -> c.id() == suggestion.categoryId()).findFirst().ifPresent(form.category::set);
        return form;
    }

    private void validate() {
        String problem = CategoryRule.checkPattern(kind.get().kind, pattern.get());
        String patternRule = problem != null ? capitalize(problem)
                : pattern.get().strip().length() > 200 ? Messages.format("form.atMostCharacters", 200) : "";
        String categoryRule = category.get() == null ? Messages.get("rules.form.chooseCategory") : "";
        patternError.set(touched.contains(pattern) || !pattern.get().isEmpty() ? patternRule : "");
        amountError.set(amountProblem());
        categoryError.set(touched.contains(category) || touched.contains(pattern) ? categoryRule : "");
        payeeError.set(setPayee.get().strip().length() > 200 ? Messages.format("form.atMostCharacters", 200) : "");
        boolean ok = patternRule.isEmpty() && amountError.get().isEmpty() && categoryRule.isEmpty()
                && payeeError.get().isEmpty();
        valid.set(ok);
        sentence.set(ok ? RulesViewModel.sentence(rule()) : "");
    }

    private String amountProblem() {
        BigDecimal min;
        BigDecimal max;
        try {
            min = bound(minText.get());
            max = bound(maxText.get());
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (min != null && max != null && max.compareTo(min) < 0) {
            return Messages.get("rules.form.rangeReversed");
        }
        return "";
    }

    private BigDecimal bound(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var reading = amounts.read(text);
        if (reading.status() == AmountParser.Status.AMBIGUOUS) {
            throw new IllegalArgumentException(reading.question());
        }
        BigDecimal amount = reading.amount();
        if (amount == null) {
            throw new IllegalArgumentException(Messages.format("rules.form.notAnAmount", text.strip()));
        }
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > amounts.decimals()) {
            throw new IllegalArgumentException(amounts.decimals() == 2 ? Messages.get("rules.form.amountRule")
                    : Messages.format("rules.form.amountRuleIn", amounts.decimals(), amounts.currency()));
        }
        return amount;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The rule the form describes, once valid (id and position are the service's business). */
    CategoryRule rule() {
        Category c = category.get();
        String payee = setPayee.get().strip();
        return new CategoryRule(ruleId == null ? 0 : ruleId, 0, field.get().field, kind.get().kind,
                pattern.get().strip(),
                bound(minText.get()), bound(maxText.get()), c.id(), c.name(), payee.isEmpty() ? null : payee);
    }

    /** The rule being edited, or null for a new one. */
    Long ruleId() {
        return ruleId;
    }

    public boolean editing() {
        return ruleId != null;
    }

    public List<Category> categories() {
        return categories;
    }

    public ObjectProperty<FieldChoice> fieldProperty() {
        return field;
    }

    public ObjectProperty<KindChoice> kindProperty() {
        return kind;
    }

    public StringProperty patternProperty() {
        return pattern;
    }

    public StringProperty minTextProperty() {
        return minText;
    }

    public StringProperty maxTextProperty() {
        return maxText;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public StringProperty setPayeeProperty() {
        return setPayee;
    }

    public ReadOnlyStringProperty patternErrorProperty() {
        return patternError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty amountErrorProperty() {
        return amountError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty categoryErrorProperty() {
        return categoryError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty payeeErrorProperty() {
        return payeeError.getReadOnlyProperty();
    }

    /** The rule in words: "When the payee contains “uber”, set the category to Transport and the payee to “Uber”." */
    public ReadOnlyStringProperty sentenceProperty() {
        return sentence.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
