package io.spendsense.ui.rules;


import io.spendsense.domain.Category;
import io.spendsense.ui.common.Forms;
import io.spendsense.ui.common.Messages;
import io.spendsense.ui.common.Validation;
import io.spendsense.ui.common.ViewLoader;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.controlsfx.validation.ValidationSupport;

/**
 * Code-behind of Rules.fxml: a card per rule in order (click to select; ↑ ↓, Edit, Remove, Preview), the preview of
 * the selected rule with Apply, the suggestions, and the add / edit dialog over a {@link RuleEditorViewModel}. Embed
 * with the app's {@link ViewLoader} from {@link #FXML}.
 */
public final class RulesView {
    /** Absolute on the class path; loaded by the app\'s {@link ViewLoader}, which builds this controller. */
    public static final String FXML = "/io/spendsense/ui/rules/Rules.fxml";
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected-row");

    private final RulesViewModel viewModel;
    @FXML private Parent root;
    @FXML private Label errorLabel;
    @FXML private Label orderHint;
    @FXML private VBox rulesBox;
    @FXML private Label emptyLabel;
    @FXML private Label previewHint;
    @FXML private Label previewTitle;
    @FXML private VBox changesBox;
    @FXML private Label previewMore;
    @FXML private Button applyButton;
    @FXML private VBox suggestionsCard;
    @FXML private VBox suggestionsBox;
    @FXML private ProgressIndicator progress;

    public RulesView(RulesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        progress.visibleProperty().bind(viewModel.loadingProperty());
        Forms.showText(errorLabel, viewModel.errorProperty());
        Forms.showWhen(emptyLabel, Bindings.isEmpty(viewModel.rules()).and(viewModel.loadingProperty().not()));
        Forms.showWhen(orderHint, Bindings.size(viewModel.rules()).greaterThan(1));
        Forms.showWhen(previewHint, viewModel.previewedProperty().isNull());
        Forms.showWhen(previewTitle, viewModel.previewedProperty().isNotNull());
        previewTitle.textProperty().bind(viewModel.previewTitleProperty());
        previewMore.textProperty().bind(viewModel.previewMoreProperty());
        Forms.showWhen(previewMore, viewModel.previewMoreProperty().isNotEmpty());
        Forms.showWhen(applyButton, viewModel.previewedProperty().isNotNull());
        applyButton.disableProperty().bind(viewModel.canApplyProperty().not());
        applyButton.textProperty().bind(viewModel.applyTextProperty());
        Forms.showWhen(suggestionsCard, Bindings.isNotEmpty(viewModel.suggestions()));
        viewModel.rules().addListener((ListChangeListener<RuleRow>) c -> showRules());
        viewModel.changes().addListener((ListChangeListener<ChangeRow>) c -> showChanges());
        viewModel.suggestions().addListener((ListChangeListener<SuggestionRow>) c -> showSuggestions());
        viewModel.selectedProperty().addListener((o, a, b) -> markSelected());
        showRules();
        showChanges();
        showSuggestions();
    }

    private void showRules() {
        int n = viewModel.rules().size();
        rulesBox.getChildren().setAll(viewModel.rules().stream().map(r -> card(r, n)).toList());
        markSelected();
    }

    private void markSelected() {
        var selected = viewModel.selectedProperty().get();
        rulesBox.getChildren().forEach(n -> n.pseudoClassStateChanged(SELECTED,
                selected != null && n.getUserData() instanceof RuleRow r && r.id() == selected.id()));
    }

    private Node card(RuleRow row, int count) {
        // The place in the order (positions may have gaps after a removal).
        var position = new Label(String.valueOf(viewModel.rules().indexOf(row) + 1));
        position.getStyleClass().add("rule-position");
        var condition = new Label(row.condition());
        condition.getStyleClass().add("row-title");
        condition.setMinWidth(0);
        var arrow = new Label("→");
        arrow.getStyleClass().add("change-arrow");
        var category = new Label(row.category(), new Circle(5, Forms.categoryColor(row.color())));
        category.getStyleClass().add("category-tag");
        category.setMinWidth(Region.USE_PREF_SIZE);
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var up = iconButton("↑", Messages.get("rules.moveUp"), "move-rule-up");
        up.setDisable(viewModel.rules().indexOf(row) == 0);
        up.setOnAction(e -> viewModel.moveUp(row));
        var down = iconButton("↓", Messages.get("rules.moveDown"), "move-rule-down");
        down.setDisable(viewModel.rules().indexOf(row) == count - 1);
        down.setOnAction(e -> viewModel.moveDown(row));
        var top = new HBox(8, position, condition, arrow, category, spacer, up, down);
        top.setAlignment(Pos.CENTER_LEFT);

        var details = new HBox(12);
        details.setAlignment(Pos.CENTER_LEFT);
        if (!row.amountRange().isEmpty()) {
            details.getChildren().add(Forms.rowDetail(Messages.format("rules.onlyWhen", row.amountRange())));
        }
        if (!row.rename().isEmpty()) {
            details.getChildren().add(Forms.rowDetail(row.rename()));
        }
        var gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        var preview = new Button(Messages.get("rules.preview"));
        preview.getStyleClass().addAll("small", "preview-rule");
        preview.setOnAction(e -> viewModel.preview(row));
        var edit = new Button(Messages.get("common.edit"));
        edit.getStyleClass().addAll("flat", "small", "edit-rule");
        edit.setOnAction(e -> openEditor(viewModel.edit(row)));
        var remove = new Button(Messages.get("common.remove"));
        remove.getStyleClass().addAll("flat", "small", "danger", "remove-rule");
        remove.setOnAction(e -> viewModel.remove(row));
        details.getChildren().addAll(gap, preview, edit, remove);
        var card = new VBox(6, top, details);
        card.getStyleClass().addAll("card-list-row", "rule-row");
        card.setUserData(row);
        card.setOnMouseClicked(e -> viewModel.select(row));
        return card;
    }

    private static Button iconButton(String text, String tip, String styleClass) {
        var button = new Button(text);
        button.getStyleClass().addAll("flat", "small", styleClass);
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    private void showChanges() {
        changesBox.getChildren().setAll(viewModel.changes().stream().map(c -> {
            var payee = new Label(c.newPayee().isEmpty() ? c.payee() : c.payee() + " → " + c.newPayee());
            payee.getStyleClass().add("change-payee");
            payee.setMinWidth(0);
            payee.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(payee, Priority.ALWAYS);
            var amount = new Label(c.amount());
            amount.getStyleClass().add("row-amount");
            amount.setMinWidth(Region.USE_PREF_SIZE);
            var date = Forms.rowDetail(c.date());
            var from = new Label(c.fromCategory());
            from.getStyleClass().add("change-from");
            var arrow = new Label("→");
            arrow.getStyleClass().add("change-arrow");
            var to = new Label(c.toCategory());
            to.getStyleClass().add("change-to");
            var top = new HBox(8, payee, amount);
            top.setAlignment(Pos.CENTER_LEFT);
            var bottom = new HBox(6, date, Forms.rowDetail("·"), from, arrow, to);
            bottom.setAlignment(Pos.CENTER_LEFT);
            var line = new VBox(2, top, bottom);
            line.getStyleClass().add("change-row");
            return (Node) line;
        }).toList());
    }

    private void showSuggestions() {
        suggestionsBox.getChildren().setAll(viewModel.suggestions().stream().map(s -> {
            var text = new Label(s.condition() + " → " + s.category());
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            var add = new Button(Messages.get("rules.add"));
            add.getStyleClass().addAll("small", "add-suggested-rule");
            add.setMinWidth(Region.USE_PREF_SIZE);
            add.setOnAction(e -> viewModel.addSuggestion(s));
            var line = new HBox(10, text, add);
            line.setAlignment(Pos.CENTER_LEFT);
            line.getStyleClass().add("candidate-row");
            return (Node) line;
        }).toList());
    }

    private void openEditor(RuleEditorViewModel form) {
        var dialog = new Dialog<ButtonType>();
        dialog.setTitle(form.editing() ? Messages.get("rules.editTitle") : Messages.get("rules.add"));
        dialog.setHeaderText(dialog.getTitle());
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        var field = new ChoiceBox<RuleEditorViewModel.FieldChoice>();
        field.setId("ruleField");
        field.getItems().setAll(RuleEditorViewModel.FieldChoice.values());
        field.valueProperty().bindBidirectional(form.fieldProperty());
        var kind = new ChoiceBox<RuleEditorViewModel.KindChoice>();
        kind.setId("ruleKind");
        kind.getItems().setAll(RuleEditorViewModel.KindChoice.values());
        kind.valueProperty().bindBidirectional(form.kindProperty());
        var pattern = Forms.textField("rulePattern", Messages.get("rules.form.patternPrompt"), form.patternProperty());
        var min = Forms.textField("ruleMin", Messages.get("rules.form.minPrompt"), form.minTextProperty());
        min.setPrefColumnCount(7);
        var max = Forms.textField("ruleMax", Messages.get("rules.form.maxPrompt"), form.maxTextProperty());
        max.setPrefColumnCount(7);
        var category = new ComboBox<Category>();
        category.setId("ruleCategory");
        category.getItems().setAll(form.categories());
        category.setButtonCell(new Forms.CategoryCell());
        category.setCellFactory(l -> new Forms.CategoryCell());
        category.valueProperty().bindBidirectional(form.categoryProperty());
        category.setMaxWidth(Double.MAX_VALUE);
        category.setPromptText(Messages.get("form.choose"));
        var setPayee = Forms.textField("ruleSetPayee", Messages.get("rules.form.setPayeePrompt"),
                form.setPayeeProperty());
        var sentence = Forms.formSummary("ruleSentence", form.sentenceProperty(), 480);

        var grid = Forms.formGrid();
        int r = 0;
        grid.addRow(r++, new Label(Messages.get("rules.form.when")), new HBox(8, field, kind));
        grid.addRow(r++, new Label(Messages.get("rules.form.text")), pattern);
        grid.add(Forms.fieldError(form.patternErrorProperty()), 1, r++);
        var range = new HBox(8, new Label(Messages.get("rules.form.from")), min,
                new Label(Messages.get("rules.form.to")), max, Forms.rowDetail(Messages.get("form.optional")));
        range.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(r++, new Label(Messages.get("rules.form.amount")), range);
        grid.add(Forms.fieldError(form.amountErrorProperty()), 1, r++);
        grid.addRow(r++, new Label(Messages.get("rules.form.setCategory")), category);
        grid.add(Forms.fieldError(form.categoryErrorProperty()), 1, r++);
        grid.addRow(r++, new Label(Messages.get("rules.form.renamePayee")), setPayee);
        grid.add(Forms.fieldError(form.payeeErrorProperty()), 1, r++);
        grid.add(sentence, 0, r, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getStylesheets().addAll(root.getStylesheets());
        dialog.getDialogPane().setPrefWidth(600);
        var save = new ButtonType(Messages.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        var saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.setId("saveRule");
        saveButton.disableProperty().bind(form.validProperty().not());
        var validation = new ValidationSupport();
        Validation.decorate(validation, pattern, form.patternErrorProperty());
        Validation.decorate(validation, min, form.amountErrorProperty());
        Validation.decorate(validation, max, form.amountErrorProperty());
        Validation.decorate(validation, setPayee, form.payeeErrorProperty());
        pattern.requestFocus();
        Forms.growWithMessages(dialog, form.patternErrorProperty(),
                form.amountErrorProperty(),
                form.categoryErrorProperty(),
                form.payeeErrorProperty());
        dialog.showAndWait().filter(b -> b == save).ifPresent(b -> viewModel.save(form));
    }

    @FXML
    private void onAdd() {
        openEditor(viewModel.newRule());
    }

    @FXML
    private void onApply() {
        viewModel.apply();
    }
}
