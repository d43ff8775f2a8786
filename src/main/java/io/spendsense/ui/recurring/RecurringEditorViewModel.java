package io.spendsense.ui.recurring;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.spendsense.domain.AmountParser;
import io.spendsense.domain.Category;
import io.spendsense.domain.Money;
import io.spendsense.domain.RecurringDraft;
import io.spendsense.domain.RecurringTemplate;
import io.spendsense.domain.Schedule;
import io.spendsense.ui.common.Messages;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The add/edit recurring expense form: payee, description, amount, category, how it repeats (monthly on a day,
 * weekly on a weekday every N weeks, yearly, every N days), start and optional end. Each field's problem is a
 * property the view shows next to it; {@link #validProperty()} drives Save, and {@link #summaryProperty()} says the
 * schedule in words with its next dates as the user types.
 */
public final class RecurringEditorViewModel {
    static final int MAX_EVERY = 366;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Messages.locale());

    private final Long templateId;
    private final List<Category> categories;
    private final LocalDate today;
    private final StringProperty payee = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty amountText = new SimpleStringProperty("");
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Repeat> repeat = new SimpleObjectProperty<>(Repeat.MONTHLY);
    private final IntegerProperty dayOfMonth = new SimpleIntegerProperty();
    private final ObjectProperty<DayOfWeek> weekday = new SimpleObjectProperty<>();
    private final StringProperty everyText = new SimpleStringProperty("1");
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper payeeError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper amountError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper categoryError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper everyError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper startError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper endError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    /** The fields the user changed: an untouched empty field is not an error yet (but Save stays off). */
    private final Set<Observable> touched = new HashSet<>();
    private final AmountParser amounts;
    /** The profile's currency: an amount has at most its decimals. */
    private final String currency;

    /** A form for a new template ({@code existing} null, starting today) or filled with {@code existing}. */
    RecurringEditorViewModel(List<Category> categories, RecurringTemplate existing, LocalDate today,
                             AmountParser amounts, String currency) {
        this.amounts = amounts;
        this.currency = currency;
        this.templateId = existing == null ? null : existing.id();
        this.categories = categories;
        this.today = today;
        start.set(today);
        dayOfMonth.set(today.getDayOfMonth());
        weekday.set(today.getDayOfWeek());
        if (existing != null) {
            payee.set(existing.payee());
            description.set(existing.description());
            amountText.set(Money.plain(existing.amount(), currency));
            category.set(categories.stream().filter(c -> c.id() == existing.categoryId()).findFirst()
                    .orElse(new Category(existing.categoryId(), existing.categoryName(), "#6e7781", List.of(), false)));
            Schedule s = existing.schedule();
            repeat.set(Repeat.of(s.kind()));
            everyText.set(String.valueOf(s.every()));
            switch (s.kind()) {
                case MONTHLY -> dayOfMonth.set(s.day());
                case WEEKLY -> weekday.set(DayOfWeek.of(s.day()));
                default -> { }
            }
            start.set(existing.start());
            end.set(existing.end());
        }
        for (Observable o : new Observable[] {payee, description, amountText, category, repeat, dayOfMonth, weekday,
                everyText, start, end}) {
            o.addListener(x -> {
                touched.add(o);
                validate();
            });
        }
        validate();
    }

    private void validate() {
        String payeeRule = payee.get().isBlank() && description.get().isBlank()
                ? Messages.get("recurring.form.enterPayee")
                : payee.get().strip().length() > 200 ? Messages.format("form.atMostCharacters", 200) : "";
        String amountRule = amountProblem(amountText.get());
        String categoryRule = category.get() == null ? Messages.get("editor.chooseCategory") : "";
        boolean named = touched.contains(payee) || touched.contains(description);
        payeeError.set(named ? payeeRule : "");
        amountError.set(touched.contains(amountText) ? amountRule : "");
        categoryError.set(touched.contains(category) || touched.contains(amountText) ? categoryRule : "");
        everyError.set(repeat.get() == Repeat.WEEKLY
                || repeat.get() == Repeat.DAILY ? everyProblem(everyText.get()) : "");
        startError.set(start.get() == null ? Messages.get("recurring.form.chooseStart") : "");
        endError.set(end.get() != null && start.get() != null && end.get().isBefore(start.get())
                ? Messages.get("recurring.form.endBeforeStart") : "");
        boolean ok = payeeRule.isEmpty() && amountRule.isEmpty() && categoryRule.isEmpty()
                && everyError.get().isEmpty() && startError.get().isEmpty() && endError.get().isEmpty();
        valid.set(ok);
        summary.set(ok ? summarize(schedule()) : "");
    }

    String amountProblem(String text) {
        if (text == null || text.isBlank()) {
            return Messages.get("recurring.form.enterAmount");
        }
        var reading = amounts.read(text);
        if (reading.status() == AmountParser.Status.AMBIGUOUS) {
            return reading.question();
        }
        BigDecimal amount = reading.amount();
        if (amount == null) {
            return Messages.get("form.notAnAmount");
        }
        var problem = Money.checkExpenseAmount(amount, currency);
        if (problem == null) {
            return "";
        }
        int digits = Money.digitsOf(currency);
        return switch (problem) {
            case REQUIRED -> Messages.get("recurring.form.amountRequired");
            case NOT_POSITIVE -> Messages.get("recurring.form.amountNotPositive");
            case TOO_MANY_DECIMALS -> digits == 2 ? Messages.get("recurring.form.amountTooManyDecimals")
                    : digits == 0 ? Messages.format("editor.amountWholeIn", currency)
                    : Messages.format("editor.amountDecimalsIn", digits, currency);
            case TOO_LARGE -> Messages.get("recurring.form.amountTooLarge");
        };
    }

    static String everyProblem(String text) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.strip());
            return n >= 1 && n <= MAX_EVERY ? "" : Messages.format("recurring.form.everyRange", MAX_EVERY);
        } catch (NumberFormatException e) {
            return Messages.get("recurring.form.wholeNumber");
        }
    }

    /** "Monthly on day 31 · next: Mar 31, Apr 30, May 31", or when it ends before any date comes. */
    private String summarize(Schedule s) {
        String words = s.describe(start.get());
        var next = s.dates(start.get(), end.get(), today.plusDays(1), today.plusYears(3));
        if (next.isEmpty()) {
            return Messages.format("recurring.form.noDateAfterToday", capitalize(words));
        }
        var shown = next.stream().limit(3).map(DATE::format).toList();
        return Messages.format("recurring.form.nextDates", capitalize(words), String.join(", ", shown));
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    Schedule schedule() {
        return switch (repeat.get()) {
            case MONTHLY -> Schedule.monthly(dayOfMonth.get());
            case WEEKLY -> Schedule.weekly(weekday.get(), Integer.parseInt(everyText.get().strip()));
            case YEARLY -> Schedule.yearly();
            case DAILY -> Schedule.everyDays(Integer.parseInt(everyText.get().strip()));
        };
    }

    /** The template the form describes, once valid. */
    RecurringDraft draft() {
        return new RecurringDraft(amounts.parse(amountText.get()), category.get().id(), payee.get().strip(),
                description.get().strip(), schedule(), start.get(), end.get());
    }

    /** The template being edited, or null for a new one. */
    Long templateId() {
        return templateId;
    }

    public boolean editing() {
        return templateId != null;
    }

    public List<Category> categories() {
        return categories;
    }

    public StringProperty payeeProperty() {
        return payee;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty amountTextProperty() {
        return amountText;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public ObjectProperty<Repeat> repeatProperty() {
        return repeat;
    }

    public IntegerProperty dayOfMonthProperty() {
        return dayOfMonth;
    }

    public ObjectProperty<DayOfWeek> weekdayProperty() {
        return weekday;
    }

    /** Every how many weeks (weekly) or days (every few days). */
    public StringProperty everyTextProperty() {
        return everyText;
    }

    public ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    public ObjectProperty<LocalDate> endProperty() {
        return end;
    }

    public ReadOnlyStringProperty payeeErrorProperty() {
        return payeeError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty amountErrorProperty() {
        return amountError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty categoryErrorProperty() {
        return categoryError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty everyErrorProperty() {
        return everyError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty startErrorProperty() {
        return startError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty endErrorProperty() {
        return endError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
