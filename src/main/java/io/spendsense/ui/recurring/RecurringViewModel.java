package io.spendsense.ui.recurring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.spendsense.domain.AmountParser;
import io.spendsense.domain.Category;
import io.spendsense.domain.Money;
import io.spendsense.domain.RecurringCandidate;
import io.spendsense.domain.RecurringDraft;
import io.spendsense.domain.RecurringTemplate;
import io.spendsense.domain.UpcomingExpense;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import io.spendsense.ui.common.DialogService;
import io.spendsense.ui.common.Messages;
import io.spendsense.ui.common.TaskRunner;
import io.spendsense.ui.common.UserMessages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the Recurring screen: the user's templates with their next date, what falls due in the next
 * {@value #UPCOMING_DAYS} days, and the payees that look like monthly bills; add / edit / remove, and "Make
 * recurring" for a candidate. Every service call runs on the {@link TaskRunner}. Saving may create expenses that fell
 * due up to today (as the command line's {@code recurring add} does); {@link #expensesChangedProperty()} counts
 * those changes so the session can reload the expense table and budgets, and {@link #templatesChangedProperty()}
 * the other changes (what is due changed).
 */
public final class RecurringViewModel {
    static final int UPCOMING_DAYS = 30;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Messages.locale());
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("MMM d", Messages.locale());
    private static final DateTimeFormatter DUE_DATE = DateTimeFormatter.ofPattern("EEE, MMM d", Messages.locale());

    private final Services services;
    private final SignedInUser who;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final AmountParser amounts;
    private final Clock clock;
    private final ObservableList<TemplateRow> templates = FXCollections.observableArrayList();
    private final ObservableList<TemplateRow> templatesView = FXCollections.unmodifiableObservableList(templates);
    private final ObservableList<DueRow> upcoming = FXCollections.observableArrayList();
    private final ObservableList<DueRow> upcomingView = FXCollections.unmodifiableObservableList(upcoming);
    private final ObservableList<CandidateRow> candidates = FXCollections.observableArrayList();
    private final ObservableList<CandidateRow> candidatesView = FXCollections.unmodifiableObservableList(candidates);
    private final ReadOnlyStringWrapper upcomingTotal = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper monthlyTotal = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper expensesChanged = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper templatesChanged = new ReadOnlyIntegerWrapper(0);
    private final Map<Long, RecurringTemplate> byId = new HashMap<>();
    private List<Category> categories = List.of();

    /** {@code amounts} reads the amounts typed in its editors (and filters), in the profile's locale. */
    public RecurringViewModel(Services services, SignedInUser who, TaskRunner runner, DialogService dialogs,
            AmountParser amounts) {
        this.amounts = amounts;
        this.services = services;
        this.who = who;
        this.runner = runner;
        this.dialogs = dialogs;
        this.clock = services.clock();
    }

    /** Reloads the templates, the next 30 days and the candidates (after any change to templates or expenses). */
    public void refresh() {
        runner.run(() -> new Loaded(services.categories().list(who), services.recurring().list(who),
                        services.recurring().upcoming(who, UPCOMING_DAYS), services.recurring().candidates(who)))
                .onBusy(loading::set)
                .onSuccess(this::show)
                .onFailure(e -> error.set(UserMessages.of(e)))
                .start();
    }

    private record Loaded(List<Category> categories, List<RecurringTemplate> templates,
                          List<UpcomingExpense> upcoming, List<RecurringCandidate> candidates) {
    }

    private void show(Loaded loaded) {
        error.set("");
        categories = loaded.categories().stream().filter(c -> !c.archived()).toList();
        var colors = new HashMap<Long, String>();
        loaded.categories().forEach(c -> colors.put(c.id(), c.color()));
        byId.clear();
        loaded.templates().forEach(t -> byId.put(t.id(), t));
        templates.setAll(loaded.templates().stream()
                .map(t -> row(t, colors.getOrDefault(t.categoryId(), "#6e7781"))).toList());
        upcoming.setAll(loaded.upcoming().stream().map(this::row).toList());
        upcomingTotal.set(loaded.upcoming().isEmpty() ? "" : Messages.format("recurring.upcomingTotal",
                money(loaded.upcoming().stream().map(u -> u.template().amount()).reduce(BigDecimal.ZERO,
                        BigDecimal::add)), UPCOMING_DAYS));
        monthlyTotal.set(loaded.templates().isEmpty() ? ""
                : Messages.format("recurring.monthlyTotal", money(monthly(loaded.templates()))));
        candidates.setAll(loaded.candidates().stream().map(this::row).toList());
    }

    /** What the active templates cost in an average month (a weekly one 52/12 times, a yearly one 1/12, ...). */
    private BigDecimal monthly(List<RecurringTemplate> list) {
        LocalDate today = LocalDate.now(clock);
        return list.stream().filter(t -> t.end() == null || !t.end().isBefore(today))
                .map(RecurringTemplate::perMonth).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, java.math.RoundingMode.HALF_UP);
    }

    TemplateRow row(RecurringTemplate t, String color) {
        LocalDate today = LocalDate.now(clock);
        var next = t.schedule().dates(t.start(), t.end(), today.plusDays(1), today.plusYears(3));
        String nextText = next.isEmpty()
                ? (t.end() != null && t.end().isBefore(today.plusDays(1)) ? Messages.get("recurring.ended") : "—")
                : Messages.format("recurring.next", DATE.format(next.get(0)));
        // The first date says nothing new while it is the next one.
        boolean started = !t.start().isAfter(today);
        String span = t.end() == null
                ? (started ? Messages.format("recurring.since", DATE.format(t.start())) : "")
                : started ? Messages.format("recurring.sinceUntil", DATE.format(t.start()), DATE.format(t.end()))
                : Messages.format("recurring.until", DATE.format(t.end()));
        String title = title(t);
        String description = t.description() == null || t.description().isBlank()
                || t.description().strip().equalsIgnoreCase(title) ? "" : t.description().strip();
        return new TemplateRow(t.id(), title, description, t.categoryName(), color, money(t.amount()),
                RecurringEditorViewModel.capitalize(t.schedule().describe(t.start())), nextText, span, !next.isEmpty());
    }

    DueRow row(UpcomingExpense u) {
        long days = ChronoUnit.DAYS.between(LocalDate.now(clock), u.date());
        String when = Messages.format("recurring.dueIn", days);
        return new DueRow(DUE_DATE.format(u.date()), title(u.template()), money(u.template().amount()), when);
    }

    CandidateRow row(RecurringCandidate c) {
        String detail = Messages.format("recurring.candidateDetail",
                RecurringEditorViewModel.capitalize(c.suggested().schedule().describe(c.suggested().start())),
                c.times(), SHORT_DATE.format(c.lastDate()));
        return new CandidateRow(c.payee(), money(c.suggested().amount()), detail, c.suggested());
    }

    private static String title(RecurringTemplate t) {
        return t.payee() != null && !t.payee().isBlank() ? t.payee()
                : t.description() != null && !t.description().isBlank() ? t.description() : t.categoryName();
    }

    /** A form for a new template starting today. */
    public RecurringEditorViewModel newTemplate() {
        return new RecurringEditorViewModel(categories, null, LocalDate.now(clock), amounts, who.currency());
    }

    /** A form filled with {@code row}'s template. */
    public RecurringEditorViewModel edit(TemplateRow row) {
        return new RecurringEditorViewModel(categories, byId.get(row.id()), LocalDate.now(clock), amounts,
                who.currency());
    }

    /**
     * Saves a valid form: creates the template (or changes it: occurrences already created stay as they are), then
     * creates the expenses that fell due up to today.
     */
    public void save(RecurringEditorViewModel form) {
        if (!form.validProperty().get()) {
            return;
        }
        RecurringDraft draft = form.draft();
        Long id = form.templateId();
        runner.run(() -> {
            var saved = id == null ? services.recurring().create(who, draft) : services.recurring()
            .update(who, id, draft);
            return new Saved(saved, services.recurring().generateDue(who));
        }).onSuccess(s -> {
            String schedule = s.template().schedule().describe(s.template().start());
            String what = id == null ? Messages.format("recurring.added", title(s.template()), schedule)
                    : Messages.format("recurring.saved", title(s.template()), schedule);
            dialogs.notify(what + created(s.created()), null, null);
            changed(s.created());
        }).onFailure(e -> dialogs.showError(Messages.get("recurring.error.title"), UserMessages.of(e))).start();
    }

    private record Saved(RecurringTemplate template, int created) {
    }

    private static String created(int n) {
        return n == 0 ? "" : Messages.format("recurring.createdUpToToday", n);
    }

    /**
     * Turns a candidate into a template at once, starting on its first due date after today (the charges seen so far
     * are already expenses); the notification offers Undo.
     */
    public void makeRecurring(CandidateRow row) {
        LocalDate today = LocalDate.now(clock);
        RecurringDraft d = row.draft();
        LocalDate first = d.schedule().dates(d.start(), null, today.plusDays(1), today.plusYears(1)).stream()
                .findFirst().orElse(d.start());
        var draft = new RecurringDraft(d.amount(), d.categoryId(), d.payee(), d.description(), d.schedule(),
                first.isAfter(d.start()) ? first : d.start(), null);
        runner.run(() -> services.recurring().create(who, draft)).onSuccess(t -> {
            dialogs.notify(Messages.format("recurring.nowRecurring", title(t), t.schedule().describe(t.start()),
                    DATE.format(draft.start())), Messages.get("common.undo"), () -> removeQuietly(t));
            refresh();
            templatesChanged();
        }).onFailure(e -> dialogs.showError(Messages.get("recurring.make"), UserMessages.of(e))).start();
    }

    private void removeQuietly(RecurringTemplate t) {
        runner.run(() -> {
            services.recurring().remove(who, t.id());
            return t;
        }).onSuccess(x -> {
            refresh();
            templatesChanged();
        }).onFailure(e -> dialogs.showError(Messages.get("recurring.error.title"), UserMessages.of(e))).start();
    }

    /** Removes {@code row}'s template once the user confirms; the expenses it created stay. */
    public void remove(TemplateRow row) {
        if (row == null || !dialogs.confirm(Messages.get("recurring.removeTitle"),
                Messages.format("recurring.removeConfirm", row.title(), row.amount(), row.schedule()))) {
            return;
        }
        runner.run(() -> {
            services.recurring().remove(who, row.id());
            return row;
        }).onSuccess(r -> {
            dialogs.notify(Messages.format("recurring.removed", r.title()), null, null);
            refresh();
            templatesChanged();
        }).onFailure(e -> dialogs.showError(Messages.get("recurring.error.title"), UserMessages.of(e))).start();
    }

    /** After a save: this screen reloads, and the session hears of new expenses or of a changed schedule. */
    private void changed(int created) {
        refresh();
        if (created > 0) {
            expensesChanged.set(expensesChanged.get() + 1);
        } else {
            templatesChanged();
        }
    }

    private void templatesChanged() {
        templatesChanged.set(templatesChanged.get() + 1);
    }

    private String money(BigDecimal amount) {
        return Money.format(amount, who.currency());
    }

    public ObservableList<TemplateRow> templates() {
        return templatesView;
    }

    public ObservableList<DueRow> upcoming() {
        return upcomingView;
    }

    public ObservableList<CandidateRow> candidates() {
        return candidatesView;
    }

    /** "$1,532.47 due in the next 30 days", or "" when nothing is due. */
    public ReadOnlyStringProperty upcomingTotalProperty() {
        return upcomingTotal.getReadOnlyProperty();
    }

    /** "About $1,650.00 a month" for the active templates, or "" when there are none. */
    public ReadOnlyStringProperty monthlyTotalProperty() {
        return monthlyTotal.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Incremented after a save created expenses (occurrences due up to today). */
    public ReadOnlyIntegerProperty expensesChangedProperty() {
        return expensesChanged.getReadOnlyProperty();
    }

    /**
     * Incremented after a template was added, changed or removed without creating expenses: what is due (the
     * Insights tab's upcoming list, the budget forecasts) changed.
     */
    public ReadOnlyIntegerProperty templatesChangedProperty() {
        return templatesChanged.getReadOnlyProperty();
    }
}
