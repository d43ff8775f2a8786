package io.spendsense.ui.expenses;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import io.spendsense.domain.AmountParser;
import io.spendsense.domain.Category;
import io.spendsense.domain.CategoryChoice;
import io.spendsense.domain.CategoryRule;
import io.spendsense.domain.CurrencyMath;
import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.Money;
import io.spendsense.domain.PayeeUsage;
import io.spendsense.service.ExpenseService;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import io.spendsense.service.ValidationException;
import io.spendsense.ui.common.Messages;
import io.spendsense.ui.common.SystemViewer;
import io.spendsense.ui.common.TaskRunner;
import io.spendsense.ui.common.UserMessages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Add / Edit expense dialog: fields, their rules (the service's, checked as the user types), payee suggestions
 * with the payee's usual category, and saving as an undoable command.
 *
 * <p>Until the user picks a category for a new expense, the category is a suggestion: the one the first matching
 * categorization rule would set (with a hint naming the rule), else the payee's usual one. It is saved as
 * {@link CategoryChoice#OPEN}, so the rules fill it in; a category the user picked is saved as
 * {@link CategoryChoice#CHOSEN} and no rule replaces it. Edits never apply rules.
 */
public final class ExpenseEditorViewModel {
    /** What the expense list does with a saved change: run it as a command, then close the editor. */
    @FunctionalInterface
    interface SaveHandler {
        void save(UndoableCommand command, Runnable close, Consumer<Throwable> failed);
    }

    private final Services services;
    private final SignedInUser user;
    private final TaskRunner runner;
    private final Expense original;
    private final SaveHandler saveHandler;
    private final ObservableList<Category> categories;
    private final ObservableList<String> payeeNames = FXCollections.observableArrayList();
    private final AttachmentsViewModel attachments;
    private List<PayeeUsage> payees = List.of();
    private List<CategoryRule> rules = List.of();

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty amount = new SimpleStringProperty("");
    /** The currency paid in (the profile's by default); another one shows the rate field. */
    private final StringProperty currency = new SimpleStringProperty("");
    private final ObservableList<String> currencies = FXCollections.observableArrayList();
    private final ForeignRate foreignRate;
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final StringProperty payee = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper amountError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper categoryError = new ReadOnlyStringWrapper("");
    /** "from rule: uber" while the category shown is the one a rule would set. */
    private final ReadOnlyStringWrapper categoryHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    /** Once the user picks a category, neither a payee nor a rule overrides it. */
    private final AmountParser amounts;
    private boolean categoryChosenByUser;
    private boolean settingCategory;
    private boolean categoryFromRule;

    ExpenseEditorViewModel(Services services, SignedInUser user, TaskRunner runner, ObservableList<Category> categories,
                           Expense original, SaveHandler saveHandler, AmountParser amounts, SystemViewer viewer) {
        this.amounts = amounts;
        this.attachments = new AttachmentsViewModel(services.attachments(), user, runner, viewer,
                original == null ? null : original.id());
        this.services = services;
        this.user = user;
        this.runner = runner;
        this.categories = categories;
        this.original = original;
        this.saveHandler = saveHandler;
        this.foreignRate = new ForeignRate(user.currency(), original == null ? null : original.foreign(),
                original == null ? null : original.date());
        currency.set(original != null && original.foreign() != null ? original.foreign().currency() : user.currency());
        currencies.setAll(ForeignRate.choices(user.currency(), List.of(), currency.get()));
        if (original != null) {
            date.set(original.date());
            amount.set(original.foreign() == null ? Money.plain(original.amount(), user.currency())
                    : CurrencyMath.plain(original.foreign().amount(), original.foreign().currency()));
            category.set(categories.stream().filter(c -> c.id() == original.categoryId()).findFirst().orElse(null));
            payee.set(nz(original.payee()));
            description.set(nz(original.description()));
            notes.set(nz(original.notes()));
            categoryChosenByUser = true;
        } else {
            date.set(LocalDate.now(services.clock()));
        }
        date.addListener((o, a, b) -> {
            validate();
            lookUpRate();
        });
        amount.addListener((o, a, b) -> {
            validate();
            suggestCategory();
        });
        currency.addListener((o, a, b) -> {
            if (!java.util.Objects.equals(a, b)) {
                foreignRate.currencyChanged(b, date.get());
            }
            validate();
            lookUpRate();
        });
        foreignRate.rateProperty().addListener((o, a, b) -> {
            foreignRate.typed(b);
            validate();
        });
        category.addListener((o, a, b) -> {
            if (!settingCategory) {
                categoryChosenByUser = b != null;
                categoryFromRule = false;
                categoryHint.set("");
            }
            validate();
        });
        payee.addListener((o, a, b) -> suggestCategory());
        description.addListener((o, a, b) -> suggestCategory());
        validate();
    }

    /**
     * Loads the payees for autocomplete, the expense's files and, for a new expense, the categorization rules (in the
     * background).
     */
    public void start() {
        attachments.start();
        runner.run(() -> services.expenses().payees(user)).onSuccess(list -> {
            payees = list;
            payeeNames.setAll(list.stream().map(PayeeUsage::payee).toList());
            suggestCategory();
        }).onFailure(e -> payees = List.of()).start();
        if (original == null) {
            runner.run(() -> services.rules().list(user)).onSuccess(list -> {
                rules = list;
                suggestCategory();
            }).onFailure(e -> rules = List.of()).start();
        }
        runner.run(() -> services.rates().currencies(user)).onSuccess(known -> {
            String chosen = currency.get();
            currencies.setAll(ForeignRate.choices(user.currency(), known, chosen));
            currency.set(chosen);
        }).onFailure(e -> { }).start();
        lookUpRate();
    }

    /**
     * For an expense in another currency: the rate known for its date (else the nearest earlier one, marked
     * estimated) fills the rate field, unless the user typed one or the expense keeps the rate it has.
     */
    private void lookUpRate() {
        String code = currency.get();
        LocalDate day = date.get();
        if (!foreignRate.needsLookUp(code, day)) {
            validate();
            return;
        }
        runner.run(() -> services.expenses().rateFor(user, code, day)).onSuccess(quote -> {
            if (code.equals(currency.get()) && java.util.Objects.equals(day, date.get())) {
                foreignRate.suggest(code, day, quote.orElse(null));
                validate();
            }
        }).onFailure(e -> foreignRate.suggest(code, day, null)).start();
    }

    /** While the user has not picked a category: the rule's, else the payee's usual one (a payee the user typed). */
    private void suggestCategory() {
        if (categoryChosenByUser) {
            return;
        }
        var rule = ruleFor(payee.get(), description.get(), amounts.parse(amount.get()));
        Optional<Category> suggestion = rule.flatMap(r -> categoryWithId(r.categoryId()));
        if (suggestion.isPresent()) {
            suggest(suggestion.get(), true);
            categoryHint.set(Messages.format("editor.fromRule", rule.get().pattern()));
            return;
        }
        categoryHint.set("");
        var usual = payee.get() == null ? Optional.<Category>empty() : usualCategory(payee.get());
        if (usual.isPresent()) {
            suggest(usual.get(), false);
        } else if (categoryFromRule) {
            // the rule no longer matches what was typed: its category is not a suggestion any more
            suggest(null, false);
        }
    }

    private void suggest(Category c, boolean fromRule) {
        settingCategory = true;
        category.set(c);
        settingCategory = false;
        categoryFromRule = fromRule;
    }

    /** The first rule that matches these fields, as the service would apply it when the expense is saved. */
    Optional<CategoryRule> ruleFor(String payeeName, String descriptionText, BigDecimal value) {
        return rules.stream().filter(r -> r.matches(payeeName, descriptionText, value)).findFirst();
    }

    private Optional<Category> categoryWithId(long id) {
        return categories.stream().filter(c -> c.id() == id).findFirst();
    }

    Optional<Category> usualCategory(String payeeName) {
        return payees.stream().filter(p -> p.payee().equalsIgnoreCase(payeeName.strip())).findFirst()
                .flatMap(p -> categoryWithId(p.usualCategoryId()));
    }

    private void validate() {
        var reading = amounts.read(amount.get());
        BigDecimal value = reading.amount();
        boolean foreign = isForeign();
        String amountRule = amount.get().isBlank() ? Messages.get("editor.enterAmount")
                : reading.status() == AmountParser.Status.AMBIGUOUS ? reading.question()
                : value == null ? Messages.get("editor.notANumber")
                : foreign ? foreignAmountRule(CurrencyMath.checkAmount(value, currency.get()), currency.get())
                : amountRule(Money.checkExpenseAmount(value, user.currency()), user.currency());
        String rateRule = foreign ? foreignRate.problem(currency.get()) : "";
        foreignRate.describe(foreign, amountRule.isEmpty() ? value : null, currency.get(), date.get());
        String dateRule = date.get() == null ? Messages.get("editor.chooseDate")
                : date.get().getYear() < 1900 || date.get().getYear() > 2999 ? Messages.get("editor.yearRange") : "";
        String categoryRule = category.get() == null ? Messages.get("editor.chooseCategory") : "";
        // An untouched empty amount is not an error yet, but Save stays off.
        amountError.set(amount.get().isEmpty() ? "" : amountRule);
        dateError.set(dateRule);
        categoryError.set(amount.get().isEmpty() && original == null ? "" : categoryRule);
        valid.set(amountRule.isEmpty() && dateRule.isEmpty() && categoryRule.isEmpty() && rateRule.isEmpty());
    }

    /** Whether the expense is paid in another currency than the profile's. */
    public boolean isForeign() {
        return currency.get() != null && !currency.get().isEmpty() && !currency.get().equals(user.currency());
    }

    /** The editor's words for the problem of an amount paid in another currency, "" for none. */
    private static String foreignAmountRule(Money.AmountProblem problem, String code) {
        if (problem == null) {
            return "";
        }
        return switch (problem) {
            case REQUIRED -> Messages.get("editor.amountRequired");
            case NOT_POSITIVE -> Messages.get("editor.amountNotPositive");
            case TOO_MANY_DECIMALS -> CurrencyMath.minorDigits(code) == 0
                    ? Messages.format("editor.amountWholeIn", code)
                    : Messages.format("editor.amountDecimalsIn", CurrencyMath.minorDigits(code), code);
            case TOO_LARGE -> Messages.format("editor.amountTooLargeIn", CurrencyMath.MAX_ORIGINAL.toPlainString(),
                    code);
        };
    }

    /** The editor's words for the problem of an amount in the profile's currency {@code code}, "" for none. */
    private static String amountRule(Money.AmountProblem problem, String code) {
        if (problem == null) {
            return "";
        }
        int digits = Money.digitsOf(code);
        return switch (problem) {
            case REQUIRED -> Messages.get("editor.amountRequired");
            case NOT_POSITIVE -> Messages.get("editor.amountNotPositive");
            case TOO_MANY_DECIMALS -> digits == 2 ? Messages.get("editor.amountTooManyDecimals")
                    : digits == 0 ? Messages.format("editor.amountWholeIn", code)
                    : Messages.format("editor.amountDecimalsIn", digits, code);
            case TOO_LARGE -> Messages.get("editor.amountTooLarge");
        };
    }

    /**
     * The draft to save. In another currency its amount is what was paid there, with the rate typed, the rate the
     * expense keeps, or none (the service then converts at the rate known for the date, as the field showed).
     */
    public ExpenseDraft draft() {
        BigDecimal typed = amounts.parse(amount.get());
        var draft = new ExpenseDraft(date.get(), typed, category.get() == null ? 0 : category.get().id(),
                description.get(), payee.get(), notes.get());
        return isForeign() && typed != null ? draft.withForeign(foreignRate.foreign(currency.get(), typed, date.get()))
                : draft;
    }

    /** Saves; {@code close} runs when it worked. Service errors stay in the dialog, next to the fields. */
    public void save(Runnable close) {
        if (!valid.get() || saving.get()) {
            return;
        }
        var draft = draft();
        try {
            ExpenseService.validate(draft, user.currency());
        } catch (ValidationException e) {
            formError.set(e.getMessage());
            return;
        }
        var service = services.expenses();
        var files = services.attachments();
        var command = original == null
                ? ExpenseCommands.add(service, files, user, draft, categoryChoice(), attachments.added())
                : ExpenseCommands.edit(service, files, user, original, draft, attachments.added(),
                attachments.removed());
        saving.set(true);
        formError.set("");
        saveHandler.save(command, () -> {
            saving.set(false);
            close.run();
        }, e -> {
            saving.set(false);
            formError.set(UserMessages.of(e));
        });
    }

    /** Whether the user picked the category; a suggestion leaves it to the rules when saved. */
    public CategoryChoice categoryChoice() {
        return categoryChosenByUser ? CategoryChoice.CHOSEN : CategoryChoice.OPEN;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public boolean isNew() {
        return original == null;
    }

    public String title() {
        return original == null ? Messages.get("editor.newTitle") : Messages.get("editor.editTitle");
    }

    public ObservableList<Category> categories() {
        return categories;
    }

    /** The expense's files: the list, the preview, Attach and Remove. */
    public AttachmentsViewModel attachments() {
        return attachments;
    }

    public ObservableList<String> payeeNames() {
        return payeeNames;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    /** The currencies offered: the profile's, those the user has rates of, the common ones, then every other. */
    public ObservableList<String> currencies() {
        return currencies;
    }

    /** The rate field: one unit of the currency in the profile's. */
    public StringProperty rateProperty() {
        return foreignRate.rateProperty();
    }

    public ReadOnlyStringProperty rateErrorProperty() {
        return foreignRate.errorProperty();
    }

    /** "= $13.55 · the rate of 2026-03-01 (estimated: none known for 2026-03-05)", or "". */
    public ReadOnlyStringProperty rateInfoProperty() {
        return foreignRate.infoProperty();
    }

    /** Whether the rate shown is an estimate (the nearest earlier day's). */
    public ReadOnlyBooleanProperty rateEstimatedProperty() {
        return foreignRate.estimatedProperty();
    }

    /** Whether the currency is another than the profile's: the rate field is used. */
    public ReadOnlyBooleanProperty foreignProperty() {
        return foreignRate.foreignProperty();
    }

    /** The profile's currency, the one amounts are converted to. */
    public String profileCurrency() {
        return user.currency();
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public StringProperty payeeProperty() {
        return payee;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ReadOnlyStringProperty dateErrorProperty() {
        return dateError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty amountErrorProperty() {
        return amountError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty categoryErrorProperty() {
        return categoryError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty categoryHintProperty() {
        return categoryHint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
