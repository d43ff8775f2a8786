package io.spendsense.ui.budgets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.spendsense.domain.AmountParser;
import io.spendsense.domain.Budget;
import io.spendsense.domain.BudgetForecast;
import io.spendsense.domain.BudgetStatus;
import io.spendsense.domain.Category;
import io.spendsense.domain.Money;
import io.spendsense.domain.Percent;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import io.spendsense.ui.common.DialogService;
import io.spendsense.ui.common.Messages;
import io.spendsense.ui.common.TaskRunner;
import io.spendsense.ui.common.UserMessages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the Budgets screen: the selected month's budgets as {@link BudgetRow}s (with the month-end forecast in the
 * current month), the selected budget's last 12 months, and the add / edit / remove commands. Every service call runs
 * on the {@link TaskRunner}.
 */
public final class BudgetsViewModel {
    private static final DateTimeFormatter MONTH_TITLE = DateTimeFormatter.ofPattern("MMMM yyyy", Messages.locale());
    private static final DateTimeFormatter MONTH_SHORT = DateTimeFormatter.ofPattern("MMM yy", Messages.locale());
    static final int HISTORY_MONTHS = 12;

    private final Services services;
    private final SignedInUser who;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final AmountParser amounts;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<YearMonth> month = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper monthTitle = new ReadOnlyStringWrapper("");
    private final ObservableList<BudgetRow> rows = FXCollections.observableArrayList();
    private final ObservableList<BudgetRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<BudgetRow> selected = new ReadOnlyObjectWrapper<>();
    private final ObservableList<HistoryPoint> history = FXCollections.observableArrayList();
    private final ObservableList<HistoryPoint> historyView = FXCollections.unmodifiableObservableList(history);
    private final ReadOnlyStringWrapper historyTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final Map<Long, Budget> budgets = new HashMap<>();
    private final Map<Long, BudgetForecast> forecasts = new HashMap<>();
    private List<Category> categories = List.of();

    /** {@code amounts} reads the amounts typed in its editors (and filters), in the profile's locale. */
    public BudgetsViewModel(Services services, SignedInUser who, TaskRunner runner, DialogService dialogs,
            AmountParser amounts) {
        this.amounts = amounts;
        this.services = services;
        this.who = who;
        this.runner = runner;
        this.dialogs = dialogs;
        this.clock = services.clock();
        setMonth(YearMonth.now(clock));
    }

    private void setMonth(YearMonth m) {
        month.set(m);
        monthTitle.set(MONTH_TITLE.format(m));
    }

    public void previousMonth() {
        setMonth(month.get().minusMonths(1));
        refresh();
    }

    public void nextMonth() {
        setMonth(month.get().plusMonths(1));
        refresh();
    }

    /** Reloads the month's budgets (after a change to expenses or budgets) and the selected budget's history. */
    public void refresh() {
        YearMonth m = month.get();
        boolean current = m.equals(YearMonth.now(clock));
        runner.run(() -> new Loaded(services.categories().list(who), services.budgets().status(who, m),
                        current ? services.budgets().forecast(who) : List.of()))
                .onBusy(loading::set)
                .onSuccess(loaded -> {
                    if (m.equals(month.get())) {
                        show(loaded);
                    }
                })
                .onFailure(e -> error.set(UserMessages.of(e)))
                .start();
    }

    private record Loaded(List<Category> categories, List<BudgetStatus> statuses, List<BudgetForecast> forecasts) {
    }

    private void show(Loaded loaded) {
        error.set("");
        categories = loaded.categories();
        budgets.clear();
        forecasts.clear();
        loaded.forecasts().forEach(f -> forecasts.put(f.status().budget().id(), f));
        var colors = new HashMap<Long, String>();
        categories.forEach(c -> colors.put(c.id(), c.color()));
        var newRows = loaded.statuses().stream().map(s -> {
            budgets.put(s.budget().id(), s.budget());
            return row(s, forecasts.get(s.budget().id()), s.budget().isOverall() ? BudgetEditorViewModel.OVERALL.color()
                    : colors.getOrDefault(s.budget().categoryId(), "#6e7781"));
        }).toList();
        Long keep = selected.get() == null ? null : selected.get().budgetId();
        rows.setAll(newRows);
        BudgetRow again = newRows.stream().filter(r -> keep != null && r.budgetId() == keep).findFirst()
                .orElse(newRows.isEmpty() ? null : newRows.get(0));
        select(again);
    }

    BudgetRow row(BudgetStatus s, BudgetForecast f, String color) {
        double progress = s.effectiveLimit().signum() <= 0 ? 1.0
                : Math.min(1.0, s.spent().divide(s.effectiveLimit(), 4, RoundingMode.HALF_UP).doubleValue());
        String percent = s.percent() == null ? "—" : Percent.format(s.percent(), 0);
        String spent = s.carry().signum() == 0
                ? Messages.format("budgets.spentOf", money(s.spent()), money(s.effectiveLimit()))
                : s.carry().signum() > 0
                ? Messages.format("budgets.spentOfCarryIn", money(s.spent()), money(s.effectiveLimit()),
                        money(s.carry().abs()))
                : Messages.format("budgets.spentOfCarryOut", money(s.spent()), money(s.effectiveLimit()),
                        money(s.carry().abs()));
        String remaining = s.remaining().signum() >= 0 ? Messages.format("budgets.left", money(s.remaining()))
                : Messages.format("budgets.overBy", money(s.remaining().negate()));
        String days = Messages.format("budgets.daysLeft", s.daysLeft());
        return new BudgetRow(s.budget().id(), name(s.budget()), color, s.level(), progress, percent, spent,
                remaining, days, f == null ? "" : forecastText(f), f != null && f.likelyExceeded());
    }

    /**
     * "About $1,655.00 by month end (between $1,610.00 and $1,720.00)"; with too little history, what is known
     * instead of a guess: "Not enough history to forecast yet: $40.00 spent, $15.49 in bills still due".
     */
    String forecastText(BudgetForecast f) {
        var m = f.forecast();
        if (!m.enoughHistory()) {
            return m.billsDue().signum() > 0
                    ? Messages.format("budgets.forecast.noHistoryBills", money(m.spent()), money(m.billsDue()))
                    : Messages.format("budgets.forecast.noHistory", money(m.spent()));
        }
        if (m.low().compareTo(m.high()) == 0) {
            return Messages.format("budgets.forecast.about", money(m.expected()));
        }
        return Messages.format("budgets.forecast.aboutBetween", money(m.expected()), money(m.low()),
                money(m.high()));
    }

    /** Shows {@code row}'s history: the last 12 months up to the selected month. */
    public void select(BudgetRow row) {
        selected.set(row);
        if (row == null) {
            history.clear();
            historyTitle.set("");
            return;
        }
        historyTitle.set(Messages.format("budgets.historyTitle", row.name(), HISTORY_MONTHS));
        YearMonth to = month.get();
        runner.run(() -> services.budgets().history(who, row.budgetId(), to.minusMonths(HISTORY_MONTHS - 1), to))
                .onSuccess(statuses -> {
                    if (selected.get() == row) {
                        var forecast = forecasts.get(row.budgetId());
                        history.setAll(statuses.stream().map(s -> {
                            var f = forecast != null && forecast.forecast().enoughHistory()
                                    && s.month().equals(forecast.forecast().month()) ? forecast.forecast() : null;
                            // the month not over yet is marked: its spending is so far, not a month's
                            String label = MONTH_SHORT.format(s.month())
                                    + (s.month().equals(YearMonth.now(clock)) ? "*" : "");
                            return new HistoryPoint(label, s.spent(), s.effectiveLimit(),
                                    f == null ? null : f.expected(), f == null ? null : f.low(),
                                    f == null ? null : f.high());
                        }).toList());
                    }
                })
                .onFailure(e -> error.set(UserMessages.of(e)))
                .start();
    }

    /** A form for a new budget, on the first choice (overall, then categories) that has no budget yet. */
    public BudgetEditorViewModel newBudget() {
        var form = new BudgetEditorViewModel(categories, null, YearMonth.now(clock), amounts);
        var taken = budgets.values().stream().map(b -> b.isOverall() ? 0L : b.categoryId()).toList();
        form.choices().stream().filter(c -> !taken.contains(c.id())).findFirst()
                .ifPresent(form.categoryProperty()::set);
        return form;
    }

    /** A form filled with {@code row}'s budget. */
    public BudgetEditorViewModel edit(BudgetRow row) {
        return new BudgetEditorViewModel(categories, budgets.get(row.budgetId()), YearMonth.now(clock), amounts);
    }

    /**
     * Saves a valid form (setting a category's limit again changes its budget); a changed limit applies from the
     * month the form chose, earlier months keep theirs.
     */
    public void save(BudgetEditorViewModel form) {
        if (!form.validProperty().get()) {
            return;
        }
        Long categoryId = form.categoryId();
        var limit = form.limit();
        boolean rollover = form.rolloverProperty().get();
        YearMonth from = form.applyFromMonth();
        boolean editing = form.editing();
        runner.run(() -> services.budgets().set(who, categoryId, limit, rollover, null, from))
                .onSuccess(b -> {
                    var latest = b.limits().get(b.limits().size() - 1);
                    dialogs.notify(editing ? Messages.format("budgets.setFrom", name(b), money(b.limit()),
                            MONTH_TITLE.format(latest.from())) : Messages.format("budgets.set", name(b),
                            money(b.limit())), null, null);
                    refresh();
                })
                .onFailure(e -> dialogs.showError(Messages.get("budgets.error.title"), UserMessages.of(e)))
                .start();
    }

    /** Removes {@code row}'s budget once the user confirms. */
    public void remove(BudgetRow row) {
        if (row == null || !dialogs.confirm(Messages.get("budgets.removeTitle"),
                Messages.format("budgets.removeConfirm", row.name()))) {
            return;
        }
        runner.run(() -> {
            services.budgets().remove(who, row.budgetId());
            return row;
        }).onSuccess(r -> {
            if (selected.get() == r) {
                selected.set(null);
            }
            dialogs.notify(Messages.format("budgets.removed", r.name()), null, null);
            refresh();
        }).onFailure(e -> dialogs.showError(Messages.get("budgets.error.title"), UserMessages.of(e))).start();
    }

    /** The signed-in user's currency, for amounts the view formats. */
    public String currency() {
        return who.currency();
    }

    /** The budget's name as the desktop says it: the category's, or the bundle's word for the overall budget. */
    static String name(Budget b) {
        return b.isOverall() ? Messages.get("budgets.overall") : b.name();
    }

    public String money(BigDecimal amount) {
        return Money.format(amount, who.currency());
    }

    public ReadOnlyObjectProperty<YearMonth> monthProperty() {
        return month.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty monthTitleProperty() {
        return monthTitle.getReadOnlyProperty();
    }

    public ObservableList<BudgetRow> rows() {
        return rowsView;
    }

    public ReadOnlyObjectProperty<BudgetRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ObservableList<HistoryPoint> history() {
        return historyView;
    }

    public ReadOnlyStringProperty historyTitleProperty() {
        return historyTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
