package io.spendsense.ui.rules;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.spendsense.domain.AmountParser;
import io.spendsense.domain.Category;
import io.spendsense.domain.CategoryRule;
import io.spendsense.domain.Money;
import io.spendsense.domain.RuleChange;
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
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the Rules screen: the user's rules in the order they are tried, the selected rule, its preview (the
 * existing expenses it would change) and Apply, rules suggested from the history, and add / edit / remove / move.
 * A saved rule changes no existing expense until the user applies it (then {@link #expensesChangedProperty()} ticks
 * so the session reloads the table). Every service call runs on the {@link TaskRunner}.
 */
public final class RulesViewModel {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Messages.locale());
    /** At most this many changes are listed in the preview, the newest first (all of them are applied). */
    static final int PREVIEW_ROWS = 8;
    /** At most this many suggestions are offered at a time (the most used payees first). */
    static final int SUGGESTIONS = 5;

    private final Services services;
    private final SignedInUser who;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final AmountParser amounts;
    private final ObservableList<RuleRow> rules = FXCollections.observableArrayList();
    private final ObservableList<RuleRow> rulesView = FXCollections.unmodifiableObservableList(rules);
    private final ObservableList<SuggestionRow> suggestions = FXCollections.observableArrayList();
    private final ObservableList<SuggestionRow> suggestionsView = FXCollections.unmodifiableObservableList(suggestions);
    private final ObservableList<ChangeRow> changes = FXCollections.observableArrayList();
    private final ObservableList<ChangeRow> changesView = FXCollections.unmodifiableObservableList(changes);
    private final ReadOnlyObjectWrapper<RuleRow> selected = new ReadOnlyObjectWrapper<>();
    /** The rule whose preview is shown, or null when none is. */
    private final ReadOnlyObjectWrapper<RuleRow> previewed = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper previewTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper previewMore = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canApply = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper applyText = new ReadOnlyStringWrapper(Messages.get("rules.apply"));
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper expensesChanged = new ReadOnlyIntegerWrapper(0);
    private final Map<Long, CategoryRule> byId = new HashMap<>();
    private List<Category> categories = List.of();
    private int previewCount;

    /** {@code amounts} reads the amounts typed in its editors (and filters), in the profile's locale. */
    public RulesViewModel(Services services, SignedInUser who, TaskRunner runner, DialogService dialogs,
            AmountParser amounts) {
        this.amounts = amounts;
        this.services = services;
        this.who = who;
        this.runner = runner;
        this.dialogs = dialogs;
    }

    /** Reloads the rules and suggestions; a shown preview is computed again (the expenses may have changed). */
    public void refresh() {
        refresh(null);
    }

    /** Reloads, then selects and previews the rule {@code previewId} (null keeps the selection and preview). */
    private void refresh(Long previewId) {
        runner.run(() -> new Loaded(services.categories().list(who), services.rules().list(who),
                        services.rules().suggestions(who)))
                .onBusy(loading::set)
                .onSuccess(loaded -> show(loaded, previewId))
                .onFailure(e -> error.set(UserMessages.of(e)))
                .start();
    }

    private record Loaded(List<Category> categories, List<CategoryRule> rules, List<CategoryRule> suggestions) {
    }

    private void show(Loaded loaded, Long previewId) {
        error.set("");
        categories = loaded.categories().stream().filter(c -> !c.archived()).toList();
        var colors = new HashMap<Long, String>();
        loaded.categories().forEach(c -> colors.put(c.id(), c.color()));
        byId.clear();
        loaded.rules().forEach(r -> byId.put(r.id(), r));
        var rows = loaded.rules().stream().map(r -> row(r, colors.getOrDefault(r.categoryId(), "#6e7781"))).toList();
        rules.setAll(rows);
        suggestions.setAll(loaded.suggestions().stream().limit(SUGGESTIONS)
                .map(s -> new SuggestionRow(condition(s), s.categoryName(), s)).toList());
        Long keep = previewId != null ? previewId : selected.get() == null ? null : selected.get().id();
        RuleRow again = rows.stream().filter(r -> keep != null && r.id() == keep).findFirst().orElse(null);
        selected.set(again);
        if (again != null && (previewId != null || previewed.get() != null && previewed.get().id() == again.id())) {
            preview(again);
        } else {
            clearPreview();
        }
    }

    RuleRow row(CategoryRule r, String color) {
        return new RuleRow(r.id(), r.position(), condition(r), range(r), r.categoryName(), color,
                r.setPayee() == null ? "" : Messages.format("rules.renamePayee", r.setPayee()));
    }

    /** "Payee contains “uber”", "Description is exactly “rent”", "Payee or description matches /^ride$/". */
    static String condition(CategoryRule r) {
        String field = switch (r.field()) {
            case PAYEE -> Messages.get("rules.field.payee");
            case DESCRIPTION -> Messages.get("rules.field.description");
            case EITHER -> Messages.get("rules.field.either");
        };
        return switch (r.kind()) {
            case CONTAINS -> Messages.format("rules.condition.contains", field, r.pattern());
            case EQUALS -> Messages.format("rules.condition.equals", field, r.pattern());
            case REGEX -> Messages.format("rules.condition.regex", field, r.pattern());
        };
    }

    /** "amount is 5.00 to 50.00", "amount is at least 5.00", "amount is at most 50.00", or "". */
    static String range(CategoryRule r) {
        if (r.min() != null && r.max() != null) {
            return Messages.format("rules.range.between", Money.plainExact(r.min()), Money.plainExact(r.max()));
        }
        if (r.min() != null) {
            return Messages.format("rules.range.atLeast", Money.plainExact(r.min()));
        }
        return r.max() != null ? Messages.format("rules.range.atMost", Money.plainExact(r.max())) : "";
    }

    /** The whole rule in words, for the editor: "When the payee contains “uber”, set the category to Transport." */
    static String sentence(CategoryRule r) {
        String when = condition(r);
        String range = range(r);
        String condition = Character.toLowerCase(when.charAt(0)) + when.substring(1);
        if (r.setPayee() == null) {
            return range.isEmpty() ? Messages.format("rules.sentence", condition, r.categoryName())
                    : Messages.format("rules.sentence.range", condition, r.categoryName(), range);
        }
        return range.isEmpty() ? Messages.format("rules.sentence.payee", condition, r.categoryName(), "", r.setPayee())
                : Messages.format("rules.sentence.rangePayee", condition, r.categoryName(), range, r.setPayee());
    }

    public void select(RuleRow row) {
        selected.set(row);
        if (previewed.get() != null && (row == null || previewed.get().id() != row.id())) {
            clearPreview();
        }
    }

    /** Lists the existing expenses {@code row}'s rule would change (nothing is changed). */
    public void preview(RuleRow row) {
        if (row == null) {
            return;
        }
        selected.set(row);
        CategoryRule rule = byId.get(row.id());
        runner.run(() -> services.rules().preview(who, rule))
                .onBusy(loading::set)
                .onSuccess(found -> {
                    if (selected.get() == null || selected.get().id() != row.id()) {
                        return;
                    }
                    previewed.set(row);
                    previewCount = found.size();
                    var newestFirst = new java.util.ArrayList<>(found);
                    java.util.Collections.reverse(newestFirst);
                    changes.setAll(newestFirst.stream().limit(PREVIEW_ROWS).map(this::change).toList());
                    previewTitle.set(Messages.format("rules.previewTitle", found.size()));
                    previewMore.set(found.size() > PREVIEW_ROWS
                            ? Messages.format("rules.previewMore", found.size() - PREVIEW_ROWS) : "");
                    canApply.set(!found.isEmpty());
                    applyText.set(Messages.format("rules.applyTo", found.size()));
                })
                .onFailure(e -> dialogs.showError(Messages.get("rules.preview"), UserMessages.of(e)))
                .start();
    }

    private ChangeRow change(RuleChange c) {
        var e = c.expense();
        String payee = e.payee() != null && !e.payee().isBlank() ? e.payee()
                : e.description() == null ? "" : e.description();
        String newPayee = java.util.Objects.equals(c.payee(), e.payee()) ? "" : c.payee();
        return new ChangeRow(e.id(), DATE.format(e.date()), payee, Money.format(e.amount(), who.currency()),
                e.categoryName(), c.categoryName(), newPayee == null ? "" : newPayee);
    }

    private void clearPreview() {
        previewed.set(null);
        changes.clear();
        previewTitle.set("");
        previewMore.set("");
        canApply.set(false);
        previewCount = 0;
    }

    /** Applies the previewed rule to the expenses it listed, once the user confirms. */
    public void apply() {
        RuleRow row = previewed.get();
        if (row == null || !canApply.get()) {
            return;
        }
        // The confirmation names the count the user saw; apply() changes what the rule matches now.
        if (!dialogs.confirm(Messages.get("rules.applyTitle"),
                Messages.format("rules.applyConfirm", previewCount, row.condition(), row.category()))) {
            return;
        }
        runner.run(() -> services.rules().apply(who, row.id()))
                .onBusy(loading::set)
                .onSuccess(n -> {
                    dialogs.notify(Messages.format("rules.changed", n), null, null);
                    clearPreview();
                    expensesChanged.set(expensesChanged.get() + 1);
                    refresh();
                })
                .onFailure(e -> dialogs.showError(Messages.get("rules.applyTitle"), UserMessages.of(e)))
                .start();
    }

    /** Moves {@code row}'s rule one place up (tried earlier). */
    public void moveUp(RuleRow row) {
        move(row, -1);
    }

    /** Moves {@code row}'s rule one place down (tried later). */
    public void moveDown(RuleRow row) {
        move(row, 1);
    }

    private void move(RuleRow row, int offset) {
        if (row == null) {
            return;
        }
        selected.set(row);
        runner.run(() -> services.rules().move(who, row.id(), offset))
                .onSuccess(list -> refresh())
                .onFailure(e -> dialogs.showError(Messages.get("rules.title"), UserMessages.of(e)))
                .start();
    }

    public RuleEditorViewModel newRule() {
        return new RuleEditorViewModel(categories, null, amounts);
    }

    public RuleEditorViewModel edit(RuleRow row) {
        return new RuleEditorViewModel(categories, byId.get(row.id()), amounts);
    }

    /** Saves a valid form (a new rule goes last), then selects it and previews what it would change. */
    public void save(RuleEditorViewModel form) {
        if (!form.validProperty().get()) {
            return;
        }
        CategoryRule rule = form.rule();
        Long id = form.ruleId();
        runner.run(() -> id == null ? services.rules().add(who, rule) : services.rules().update(who, id, rule))
                .onSuccess(saved -> {
                    dialogs.notify(id == null ? Messages.format("rules.added", condition(saved), saved.categoryName())
                            : Messages.format("rules.saved", condition(saved), saved.categoryName()), null, null);
                    refresh(saved.id());
                })
                .onFailure(e -> dialogs.showError(Messages.get("rules.error.rule"), UserMessages.of(e)))
                .start();
    }

    /** Adds a suggested rule as it is, then previews it. */
    public void addSuggestion(SuggestionRow s) {
        save(RuleEditorViewModel.suggested(categories, s.rule(), amounts));
    }

    /** Removes {@code row}'s rule once the user confirms; the expenses it categorized stay as they are. */
    public void remove(RuleRow row) {
        if (row == null || !dialogs.confirm(Messages.get("rules.removeTitle"),
                Messages.format("rules.removeConfirm", row.condition(), row.category()))) {
            return;
        }
        runner.run(() -> {
            services.rules().remove(who, row.id());
            return row;
        }).onSuccess(r -> {
            dialogs.notify(Messages.format("rules.removed", r.condition(), r.category()), null, null);
            refresh();
        }).onFailure(e -> dialogs.showError(Messages.get("rules.error.rule"), UserMessages.of(e))).start();
    }

    public ObservableList<RuleRow> rules() {
        return rulesView;
    }

    public ObservableList<SuggestionRow> suggestions() {
        return suggestionsView;
    }

    /** The previewed rule's changes, newest first (at most {@value #PREVIEW_ROWS}). */
    public ObservableList<ChangeRow> changes() {
        return changesView;
    }

    public ReadOnlyObjectProperty<RuleRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RuleRow> previewedProperty() {
        return previewed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewTitleProperty() {
        return previewTitle.getReadOnlyProperty();
    }

    /** "… and 6 older ones" when the preview lists only the newest changes, else "". */
    public ReadOnlyStringProperty previewMoreProperty() {
        return previewMore.getReadOnlyProperty();
    }

    /** "Apply to 18 expenses": the Apply button's text. */
    public ReadOnlyStringProperty applyTextProperty() {
        return applyText.getReadOnlyProperty();
    }

    /** Whether Apply can run: a preview is shown and it would change something. */
    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Incremented after Apply changed expenses. */
    public ReadOnlyIntegerProperty expensesChangedProperty() {
        return expensesChanged.getReadOnlyProperty();
    }
}
