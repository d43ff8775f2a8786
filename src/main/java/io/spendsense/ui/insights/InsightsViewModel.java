package io.spendsense.ui.insights;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.spendsense.domain.Expense;
import io.spendsense.domain.Insight;
import io.spendsense.domain.Money;
import io.spendsense.domain.UpcomingExpense;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import io.spendsense.ui.common.DialogService;
import io.spendsense.ui.common.Messages;
import io.spendsense.ui.common.TaskRunner;
import io.spendsense.ui.common.UserMessages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the Insights panel: the selected month's flagged expenses ({@code InsightService}), each dismissible, and
 * the recurring expenses due in the next {@value #UPCOMING_DAYS} days.
 */
public final class InsightsViewModel {
    static final int UPCOMING_DAYS = 30;
    private static final DateTimeFormatter MONTH_TITLE = DateTimeFormatter.ofPattern("MMMM yyyy", Messages.locale());
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Messages.locale());
    private static final DateTimeFormatter UPCOMING_DATE = DateTimeFormatter.ofPattern("EEE, MMM d", Messages.locale());

    private final Services services;
    private final SignedInUser who;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Clock clock;
    private YearMonth month;
    private final ReadOnlyStringWrapper monthTitle = new ReadOnlyStringWrapper("");
    private final ObservableList<InsightRow> flagged = FXCollections.observableArrayList();
    private final ObservableList<InsightRow> flaggedView = FXCollections.unmodifiableObservableList(flagged);
    private final ObservableList<UpcomingRow> upcoming = FXCollections.observableArrayList();
    private final ObservableList<UpcomingRow> upcomingView = FXCollections.unmodifiableObservableList(upcoming);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Sensitivity> sensitivity = new SimpleObjectProperty<>(Sensitivity.NORMAL);

    public InsightsViewModel(Services services, SignedInUser who, TaskRunner runner, DialogService dialogs) {
        this.services = services;
        this.who = who;
        this.runner = runner;
        this.dialogs = dialogs;
        this.clock = services.clock();
        setMonth(YearMonth.now(clock));
        sensitivity.addListener((o, before, now) -> refresh());
    }

    private void setMonth(YearMonth m) {
        month = m;
        monthTitle.set(MONTH_TITLE.format(m));
    }

    public void previousMonth() {
        setMonth(month.minusMonths(1));
        refresh();
    }

    public void nextMonth() {
        setMonth(month.plusMonths(1));
        refresh();
    }

    public YearMonth month() {
        return month;
    }

    /** Reloads the flagged expenses of the month and the upcoming recurring ones. */
    public void refresh() {
        YearMonth m = month;
        var k = (sensitivity.get() == null ? Sensitivity.NORMAL : sensitivity.get()).k();
        runner.run(() -> new Loaded(services.insights().find(who, m, k),
                services.recurring().upcoming(who, UPCOMING_DAYS)))
                .onBusy(loading::set)
                .onSuccess(loaded -> {
                    if (m.equals(month)) {
                        error.set("");
                        flagged.setAll(loaded.insights().stream().map(this::row).toList());
                        upcoming.setAll(loaded.upcoming().stream().map(this::row).toList());
                    }
                })
                .onFailure(e -> error.set(UserMessages.of(e)))
                .start();
    }

    private record Loaded(List<Insight> insights, List<UpcomingExpense> upcoming) {
    }

    InsightRow row(Insight i) {
        String kind = switch (i.kind()) {
            case UNUSUAL -> Messages.get("insights.kind.unusual");
            case FIRST_PAYEE -> Messages.get("insights.kind.firstPayee");
            case DUPLICATE -> Messages.get("insights.kind.duplicate");
        };
        String reason = i.reason().isEmpty() ? "" : Character.toUpperCase(i.reason().charAt(0)) + i.reason()
                .substring(1);
        return new InsightRow(i.key(), kind, reason, expenseText(i.expense()));
    }

    private String expenseText(Expense e) {
        String who2 = e.payee() != null && !e.payee().isBlank() ? e.payee()
                : e.description() != null && !e.description().isBlank() ? e.description() : e.categoryName();
        return DATE.format(e.date()) + " · " + who2 + " · " + e.categoryName() + " · " + money(e.amount());
    }

    UpcomingRow row(UpcomingExpense u) {
        var t = u.template();
        String title = t.payee() != null && !t.payee().isBlank() ? t.payee()
                : t.description() != null && !t.description().isBlank() ? t.description() : t.categoryName();
        return new UpcomingRow(UPCOMING_DATE.format(u.date()), title + " · " + t.categoryName(), money(t.amount()),
                t.schedule().describe(t.start()));
    }

    /** Hides the flagged expense for good. */
    public void dismiss(InsightRow row) {
        runner.run(() -> {
            services.insights().dismiss(who, row.key());
            return row;
        }).onSuccess(r -> {
            flagged.remove(r);
            dialogs.notify(Messages.format("insights.dismissed", r.reason()), null, null);
        }).onFailure(e -> dialogs.showError(Messages.get("insights.title"), UserMessages.of(e))).start();
    }

    private String money(java.math.BigDecimal amount) {
        return Money.format(amount, who.currency());
    }

    public ReadOnlyStringProperty monthTitleProperty() {
        return monthTitle.getReadOnlyProperty();
    }

    public ObservableList<InsightRow> flagged() {
        return flaggedView;
    }

    public ObservableList<UpcomingRow> upcoming() {
        return upcomingView;
    }

    /** How readily expenses count as unusual; a change reloads the month. */
    public ObjectProperty<Sensitivity> sensitivityProperty() {
        return sensitivity;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
