package io.spendsense.ui.recurring;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.stream.IntStream;

import io.spendsense.domain.Category;
import io.spendsense.ui.common.Forms;
import io.spendsense.ui.common.Messages;
import io.spendsense.ui.common.Validation;
import io.spendsense.ui.common.ViewLoader;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationSupport;

/**
 * Code-behind of Recurring.fxml: a card per template (Edit, Remove), the next 30 days, the candidates with "Make
 * recurring", and the add / edit dialog over a {@link RecurringEditorViewModel}. Embed with
 * the app's {@link ViewLoader} from {@link #FXML}.
 */
public final class RecurringView {
    /** Absolute on the class path; loaded by the app\'s {@link ViewLoader}, which builds this controller. */
    public static final String FXML = "/io/spendsense/ui/recurring/Recurring.fxml";

    private final RecurringViewModel viewModel;
    @FXML private Parent root;
    @FXML private Label monthlyTotal;
    @FXML private Label errorLabel;
    @FXML private VBox templatesBox;
    @FXML private Label emptyLabel;
    @FXML private Label upcomingTotal;
    @FXML private VBox upcomingBox;
    @FXML private Label noUpcomingLabel;
    @FXML private VBox candidatesCard;
    @FXML private VBox candidatesBox;
    @FXML private ProgressIndicator progress;

    public RecurringView(RecurringViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        monthlyTotal.textProperty().bind(viewModel.monthlyTotalProperty());
        upcomingTotal.textProperty().bind(viewModel.upcomingTotalProperty());
        upcomingTotal.managedProperty().bind(upcomingTotal.textProperty().isNotEmpty());
        progress.visibleProperty().bind(viewModel.loadingProperty());
        Forms.showText(errorLabel, viewModel.errorProperty());
        Forms.showWhen(emptyLabel, Bindings.isEmpty(viewModel.templates()).and(viewModel.loadingProperty().not()));
        Forms.showWhen(noUpcomingLabel, Bindings.isEmpty(viewModel.upcoming()).and(viewModel.loadingProperty().not()));
        Forms.showWhen(candidatesCard, Bindings.isNotEmpty(viewModel.candidates()));
        viewModel.templates().addListener((ListChangeListener<TemplateRow>) c -> showTemplates());
        viewModel.upcoming().addListener((ListChangeListener<DueRow>) c -> showUpcoming());
        viewModel.candidates().addListener((ListChangeListener<CandidateRow>) c -> showCandidates());
        showTemplates();
        showUpcoming();
        showCandidates();
    }

    private void showTemplates() {
        templatesBox.getChildren().setAll(viewModel.templates().stream().map(this::card).toList());
    }

    private Node card(TemplateRow row) {
        var chip = new Circle(6, Forms.categoryColor(row.color()));
        var title = new Label(row.title());
        title.getStyleClass().add("row-title");
        var category = new Label(row.category());
        category.getStyleClass().add("category-tag");
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var amount = new Label(row.amount());
        amount.getStyleClass().add("row-amount");
        var top = new HBox(8, chip, title);
        if (!row.description().isEmpty()) {
            top.getChildren().add(Forms.rowDetail(row.description()));
        }
        top.getChildren().addAll(category, spacer, amount);
        top.setAlignment(Pos.CENTER_LEFT);
        // in a narrow column the description gives way first, then the payee; the amount and tag never shrink
        keepWhole(amount, category);
        title.setMinWidth(60);

        var next = new Label(row.next());
        next.getStyleClass().add("next-date");
        if (!row.due()) {
            next.getStyleClass().add("ended");
        }
        var schedule = Forms.rowDetail(row.schedule());
        var span = Forms.rowDetail(row.span());
        var gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        var edit = new Button(Messages.get("common.edit"));
        edit.getStyleClass().addAll("flat", "small", "edit-recurring");
        edit.setOnAction(e -> openEditor(viewModel.edit(row)));
        var remove = new Button(Messages.get("common.remove"));
        remove.getStyleClass().addAll("flat", "small", "danger", "remove-recurring");
        remove.setOnAction(e -> viewModel.remove(row));
        var bottom = new HBox(12, next, schedule, span, gap, edit, remove);
        bottom.setAlignment(Pos.CENTER_LEFT);
        keepWhole(next, edit, remove);
        var card = new VBox(6, top, bottom);
        card.getStyleClass().addAll("card-list-row", "recurring-row");
        card.setUserData(row);
        return card;
    }

    private static void keepWhole(Region... nodes) {
        for (Region n : nodes) {
            n.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    private void showUpcoming() {
        upcomingBox.getChildren().setAll(viewModel.upcoming().stream().map(u -> {
            var date = new Label(u.date());
            date.getStyleClass().add("due-date");
            var when = Forms.rowDetail(u.when());
            var day = new VBox(0, date, when);
            day.setMinWidth(96);
            var title = new Label(u.title());
            title.setMinWidth(0);
            HBox.setHgrow(title, Priority.ALWAYS);
            title.setMaxWidth(Double.MAX_VALUE);
            var amount = new Label(u.amount());
            amount.getStyleClass().add("row-amount");
            amount.setMinWidth(Region.USE_PREF_SIZE);
            var line = new HBox(10, day, title, amount);
            line.setAlignment(Pos.CENTER_LEFT);
            line.getStyleClass().add("due-row");
            return (Node) line;
        }).toList());
    }

    private void showCandidates() {
        candidatesBox.getChildren().setAll(viewModel.candidates().stream().map(c -> {
            var payee = new Label(c.payee());
            payee.getStyleClass().add("row-title");
            var amount = new Label(c.amount());
            amount.getStyleClass().add("row-amount");
            var detail = Forms.rowDetail(c.detail());
            detail.setWrapText(true);
            var text = new VBox(2, new HBox(8, payee, amount), detail);
            HBox.setHgrow(text, Priority.ALWAYS);
            var make = new Button(Messages.get("recurring.make"));
            make.getStyleClass().addAll("small", "make-recurring");
            make.setMinWidth(Region.USE_PREF_SIZE);
            make.setOnAction(e -> viewModel.makeRecurring(c));
            var line = new HBox(10, text, make);
            line.setAlignment(Pos.CENTER_LEFT);
            line.getStyleClass().add("candidate-row");
            line.setUserData(c);
            return (Node) line;
        }).toList());
    }

    private void openEditor(RecurringEditorViewModel form) {
        var dialog = new Dialog<ButtonType>();
        dialog.setTitle(form.editing() ? Messages.get("recurring.editTitle") : Messages.get("recurring.addTitle"));
        dialog.setHeaderText(dialog.getTitle());
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        var validation = new ValidationSupport();
        var payee = Forms.textField("recurringPayee", Messages.get("recurring.form.payeePrompt"), form.payeeProperty());
        var description = Forms.textField("recurringDescription", Messages.get("recurring.form.descriptionPrompt"),
                form.descriptionProperty());
        var amount = Forms.textField("recurringAmount", Messages.get("recurring.form.amountPrompt"),
                form.amountTextProperty());
        var category = new ComboBox<Category>();
        category.setId("recurringCategory");
        category.getItems().setAll(form.categories());
        category.setButtonCell(new Forms.CategoryCell());
        category.setCellFactory(l -> new Forms.CategoryCell());
        category.valueProperty().bindBidirectional(form.categoryProperty());
        category.setMaxWidth(Double.MAX_VALUE);
        category.setPromptText(Messages.get("form.choose"));

        var repeat = new ChoiceBox<Repeat>();
        repeat.setId("recurringRepeat");
        repeat.getItems().setAll(Repeat.values());
        repeat.valueProperty().bindBidirectional(form.repeatProperty());
        var day = new ComboBox<Integer>();
        day.setId("recurringDay");
        day.setVisibleRowCount(10);
        day.getItems().setAll(IntStream.rangeClosed(1, 31).boxed().toList());
        day.setValue(form.dayOfMonthProperty().get());
        day.valueProperty().addListener((o, a, b) -> form.dayOfMonthProperty().set(b));
        var weekday = new ChoiceBox<DayOfWeek>();
        weekday.setId("recurringWeekday");
        weekday.getItems().setAll(DayOfWeek.values());
        weekday.setConverter(new StringConverter<>() {
            @Override
            public String toString(DayOfWeek d) {
                return d == null ? "" : d.getDisplayName(TextStyle.FULL, Messages.locale());
            }

            @Override
            public DayOfWeek fromString(String s) {
                return null;
            }
        });
        weekday.valueProperty().bindBidirectional(form.weekdayProperty());
        var every = Forms.textField("recurringEvery", Messages.get("recurring.form.everyPrompt"),
                form.everyTextProperty());
        every.setPrefColumnCount(4);
        var everyUnit = new Label();
        everyUnit.textProperty().bind(Bindings.when(form.repeatProperty().isEqualTo(Repeat.WEEKLY))
                .then(Messages.get("recurring.form.weeks")).otherwise(Messages.get("recurring.form.days")));
        var onDay = new HBox(8, new Label(Messages.get("recurring.form.onDay")), day);
        var onWeekday = new HBox(8, new Label(Messages.get("recurring.form.onWeekday")), weekday);
        var everyBox = new HBox(8, new Label(Messages.get("recurring.form.every")), every, everyUnit);
        var yearly = new Label(Messages.get("recurring.form.yearly"));
        yearly.getStyleClass().add("row-detail");
        onDay.visibleProperty().bind(form.repeatProperty().isEqualTo(Repeat.MONTHLY));
        onWeekday.visibleProperty().bind(form.repeatProperty().isEqualTo(Repeat.WEEKLY));
        everyBox.visibleProperty().bind(form.repeatProperty().isEqualTo(Repeat.WEEKLY)
                .or(form.repeatProperty().isEqualTo(Repeat.DAILY)));
        yearly.visibleProperty().bind(form.repeatProperty().isEqualTo(Repeat.YEARLY));
        var scheduleRow = new HBox(10, repeat, onDay, onWeekday, everyBox, yearly);
        scheduleRow.setAlignment(Pos.CENTER_LEFT);
        for (Node n : new Node[] {onDay, onWeekday, everyBox, yearly}) {
            n.managedProperty().bind(n.visibleProperty());
            if (n instanceof HBox box) {
                box.setAlignment(Pos.CENTER_LEFT);
            }
        }

        var start = new DatePicker();
        start.setId("recurringStart");
        start.valueProperty().bindBidirectional(form.startProperty());
        var end = new DatePicker();
        end.setId("recurringEnd");
        end.setPromptText(Messages.get("recurring.form.noEnd"));
        end.valueProperty().bindBidirectional(form.endProperty());
        var noEnd = new Button(Messages.get("recurring.form.noEnd"));
        noEnd.getStyleClass().addAll("flat", "small");
        noEnd.setOnAction(e -> form.endProperty().set(null));
        noEnd.visibleProperty().bind(form.endProperty().isNotNull());

        var summary = Forms.formSummary("recurringSummary", form.summaryProperty(), 460);

        var grid = Forms.formGrid();
        int r = 0;
        grid.addRow(r++, new Label(Messages.get("recurring.form.payee")), payee);
        grid.add(Forms.fieldError(form.payeeErrorProperty()), 1, r++);
        grid.addRow(r++, new Label(Messages.get("recurring.form.description")), description);
        grid.addRow(r++, new Label(Messages.get("recurring.form.amount")), amount);
        grid.add(Forms.fieldError(form.amountErrorProperty()), 1, r++);
        grid.addRow(r++, new Label(Messages.get("recurring.form.category")), category);
        grid.add(Forms.fieldError(form.categoryErrorProperty()), 1, r++);
        grid.addRow(r++, new Label(Messages.get("recurring.form.repeats")), scheduleRow);
        grid.add(Forms.fieldError(form.everyErrorProperty()), 1, r++);
        grid.addRow(r++, new Label(Messages.get("recurring.form.start")), start);
        grid.add(Forms.fieldError(form.startErrorProperty()), 1, r++);
        grid.addRow(r++, new Label(Messages.get("recurring.form.end")), new HBox(8, end, noEnd));
        grid.add(Forms.fieldError(form.endErrorProperty()), 1, r++);
        grid.add(summary, 0, r, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getStylesheets().addAll(root.getStylesheets());
        dialog.getDialogPane().setPrefWidth(580);
        var save = new ButtonType(Messages.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        var saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.setId("saveRecurring");
        saveButton.disableProperty().bind(form.validProperty().not());
        Validation.decorate(validation, payee, form.payeeErrorProperty());
        Validation.decorate(validation, amount, form.amountErrorProperty());
        Validation.decorate(validation, every, form.everyErrorProperty());
        Validation.decorate(validation, end, form.endErrorProperty());
        payee.requestFocus();
        Forms.growWithMessages(dialog, form.payeeErrorProperty(),
                form.amountErrorProperty(),
                form.categoryErrorProperty(),
                form.everyErrorProperty(),
                form.startErrorProperty(),
                form.endErrorProperty(),
                form.summaryProperty());
        dialog.showAndWait().filter(b -> b == save).ifPresent(b -> viewModel.save(form));
    }

    @FXML
    private void onAdd() {
        openEditor(viewModel.newTemplate());
    }
}
