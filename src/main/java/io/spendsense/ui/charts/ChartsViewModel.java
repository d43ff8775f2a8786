package io.spendsense.ui.charts;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import io.spendsense.domain.CategoryTotal;
import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.Money;
import io.spendsense.domain.MonthCategoryTotal;
import io.spendsense.domain.MonthTotal;
import io.spendsense.domain.Percent;
import io.spendsense.domain.Period;
import io.spendsense.service.SignedInUser;
import io.spendsense.service.SummaryService;
import io.spendsense.ui.common.ChartFormats;
import io.spendsense.ui.common.Messages;
import io.spendsense.ui.common.TaskRunner;
import io.spendsense.ui.common.UserMessages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the insights screen: the monthly totals by category over a range, the selected month's breakdown and
 * headline figures, one category's trend. Every number comes from a {@link SummaryService} SQL aggregate run on the
 * {@link TaskRunner}; clicks on the charts become {@link #filterRequestProperty() filter requests} for the table.
 */
public final class ChartsViewModel {
    private static final DateTimeFormatter MONTH_TITLE = DateTimeFormatter.ofPattern("MMMM yyyy", Messages.locale());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Messages.locale());

    private final SignedInUser who;
    private final ChartQueries queries;
    private final TaskRunner runner;
    private final Clock clock;

    private final ObservableList<ChartRange> ranges = FXCollections.observableArrayList(ChartRange.LAST_12_MONTHS);
    private final ReadOnlyObjectWrapper<ChartRange> range = new ReadOnlyObjectWrapper<>(ChartRange.LAST_12_MONTHS);
    private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
    private final ObservableList<MonthCategoryTotal> monthly = FXCollections.observableArrayList();
    private final ObservableList<CategoryTotal> rangeCategories = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CategoryTotal> trendCategory = new ReadOnlyObjectWrapper<>();
    private final ObservableList<MonthTotal> trend = FXCollections.observableArrayList();

    private final ReadOnlyObjectWrapper<YearMonth> selectedMonth = new ReadOnlyObjectWrapper<>();
    private final ObservableList<CategoryTotal> monthCategories = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper monthTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper totalText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper totalCaption = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper changeTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper changeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Change> change = new ReadOnlyObjectWrapper<>(Change.NONE);
    private final ReadOnlyStringWrapper topCategoryText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper biggestText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<BigDecimal> monthTotal = new ReadOnlyObjectWrapper<>(BigDecimal.ZERO);

    // Read-only views kept as fields: they hold their listeners only weakly, so a fresh view per call loses them.
    private final ObservableList<ChartRange> rangesView = FXCollections.unmodifiableObservableList(ranges);
    private final ObservableList<YearMonth> monthsView = FXCollections.unmodifiableObservableList(months);
    private final ObservableList<MonthCategoryTotal> monthlyView = FXCollections.unmodifiableObservableList(monthly);
    private final ObservableList<CategoryTotal> rangeCategoriesView =
            FXCollections.unmodifiableObservableList(rangeCategories);
    private final ObservableList<MonthTotal> trendView = FXCollections.unmodifiableObservableList(trend);
    private final ObservableList<CategoryTotal> monthCategoriesView =
            FXCollections.unmodifiableObservableList(monthCategories);

    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canGoNext = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ExpenseFilter> filterRequest = new ReadOnlyObjectWrapper<>();

    // Each load carries a generation; a result older than the latest request is dropped.
    private long rangeGeneration;
    private long monthGeneration;
    private long trendGeneration;
    /** The trend category the user picked (kept across refreshes), or null while the default applies. */
    private Long chosenTrend;

    public ChartsViewModel(SignedInUser who, SummaryService summaries, TaskRunner runner, Clock clock) {
        this.who = who;
        this.queries = new ChartQueries(who, summaries);
        this.runner = runner;
        this.clock = clock;
        loading.bind(running.greaterThan(0));
        selectedMonth.addListener((obs, old, now) -> canGoNext.set(now.isBefore(currentMonth())));
        selectedMonth.set(currentMonth());
    }

    // ---- commands ------------------------------------------------------------------------------------------

    /** Reloads everything; the shell calls this after expenses change. */
    public void refresh() {
        loadRange();
        loadMonth();
    }

    public void selectRange(ChartRange newRange) {
        if (newRange == null || newRange.equals(range.get())) {
            return;
        }
        range.set(newRange);
        if (!newRange.months(currentMonth()).contains(selectedMonth.get())) {
            var inRange = newRange.months(currentMonth());
            YearMonth last = inRange.get(inRange.size() - 1);
            selectedMonth.set(last.isAfter(currentMonth()) ? currentMonth() : last);
            loadMonth();
        }
        loadRange();
    }

    public void selectMonth(YearMonth month) {
        if (month == null || month.equals(selectedMonth.get())) {
            return;
        }
        selectedMonth.set(month);
        loadMonth();
    }

    public void previousMonth() {
        selectMonth(selectedMonth.get().minusMonths(1));
    }

    /** Moves to the next month, but not past the current one (there is nothing to see in the future). */
    public void nextMonth() {
        if (canGoNext.get()) {
            selectMonth(selectedMonth.get().plusMonths(1));
        }
    }

    public void selectTrendCategory(CategoryTotal category) {
        if (category == null || trendCategory.get() != null
        && trendCategory.get().categoryId() == category.categoryId()) {
            return;
        }
        trendCategory.set(category);
        chosenTrend = category.categoryId();
        long generation = ++trendGeneration;
        var rangeMonths = List.copyOf(months);
        var period = range.get().period(currentMonth());
        start(runner.run(() -> queries.trend(period, rangeMonths, category.categoryId()))
                .onSuccess(series -> {
                    if (generation == trendGeneration) {
                        trend.setAll(series);
                    }
                }));
    }

    /** A segment of the stacked bar: selects that month and asks the table for its expenses in that category. */
    public void barClicked(YearMonth month, long categoryId) {
        selectMonth(month);
        publish(ExpenseFilter.of(Period.month(month)).withCategories(Set.of(categoryId)));
    }

    /** A donut slice: the selected month's expenses in that category. */
    public void sliceClicked(long categoryId) {
        publish(ExpenseFilter.of(Period.month(selectedMonth.get())).withCategories(Set.of(categoryId)));
    }

    /** A point of the trend line: that month's expenses in the trend's category. */
    public void trendPointClicked(YearMonth month) {
        var category = trendCategory.get();
        var filter = ExpenseFilter.of(Period.month(month));
        publish(category == null ? filter : filter.withCategories(Set.of(category.categoryId())));
    }

    /** All of the selected month's expenses. */
    public void showMonthInTable() {
        publish(ExpenseFilter.of(Period.month(selectedMonth.get())));
    }

    // ---- formatting the view uses for tooltips and labels ---------------------------------------------------

    public String money(BigDecimal amount) {
        return Money.format(amount, who.currency());
    }

    public static String monthLabel(YearMonth month) {
        return ChartFormats.monthLabel(month);
    }

    /**
     * Short, unique labels for the months of the range that fit under narrow bars: "Apr", with the year on a second
     * line for the first month and each January of the last 12 months.
     */
    public String axisLabel(YearMonth month) {
        boolean showYear = !range.get().isYear()
        && (month.getMonthValue() == 1 || !months.isEmpty() && month.equals(months.get(0)));
        String name = DateTimeFormatter.ofPattern("MMM", Messages.locale()).format(month);
        // the month not over yet is marked: its bar is not a month's total
        String label = month.equals(currentMonth()) ? name + "*" : name;
        return showYear ? label + "\n" + month.getYear() : label;
    }

    /** The note under the monthly chart when the current month is in it: "* December 2026 so far (to Dec 2)". */
    public String partialNote() {
        YearMonth current = currentMonth();
        if (!months.contains(current)) {
            return "";
        }
        return Messages.format("charts.partialNote", MONTH_TITLE.format(current), DAY.format(LocalDate.now(clock)));
    }

    public String tooltip(String category, YearMonth month, BigDecimal amount) {
        return month.equals(currentMonth())
                ? Messages.format("charts.tooltipSoFar", category, monthLabel(month), money(amount))
                : Messages.format("charts.tooltip", category, monthLabel(month), money(amount));
    }

    /** Whether a line of {@code points} points should draw its markers. */
    public static boolean markersFor(int points) {
        return ChartFormats.markersFor(points);
    }

    // ---- loading --------------------------------------------------------------------------------------------

    private void loadRange() {
        long generation = ++rangeGeneration;
        var chosen = range.get();
        var current = currentMonth();
        Long keepTrend = chosenTrend;
        start(runner.run(() -> queries.range(chosen, current, keepTrend)).onSuccess(data -> {
            if (generation != rangeGeneration) {
                return;
            }
            ranges.setAll(data.ranges());
            months.setAll(data.months());
            rangeCategories.setAll(data.categories());
            monthly.setAll(data.cells());
            trendGeneration++;
            trendCategory.set(data.trendCategory());
            trend.setAll(data.trend());
        }));
    }

    private void loadMonth() {
        long generation = ++monthGeneration;
        var month = selectedMonth.get();
        monthTitle.set(MONTH_TITLE.format(month));
        boolean partial = month.equals(currentMonth());
        totalCaption.set(partial ? Messages.format("charts.captionSoFar", MONTH_TITLE.format(month))
                : Messages.format("charts.captionTotal", MONTH_TITLE.format(month)));
        // A month not over yet is compared with the same days of the month before, never with all of it.
        LocalDate asOf = partial ? LocalDate.now(clock) : null;
        var before = ChartQueries.sameDaysBefore(month, asOf);
        changeTitle.set(Messages.format("charts.versus", partial ? sameDays(before)
                : MONTH_TITLE.format(month.minusMonths(1))));
        start(runner.run(() -> queries.month(month, asOf)).onSuccess(data -> {
            if (generation == monthGeneration) {
                showMonth(month, data);
            }
        }));
    }

    private void showMonth(YearMonth month, ChartQueries.MonthData data) {
        monthCategories.setAll(data.categories());
        BigDecimal total = data.total().total();
        monthTotal.set(total);
        totalText.set(money(total));
        showChange(total, data.previous().total(), month.minusMonths(1));
        topCategoryText.set(data.categories().isEmpty() ? "—"
                : data.categories().get(0).category() + " · " + money(data.categories().get(0).total()));
        biggestText.set(data.biggest().map(this::describe).orElse("—"));
    }

    /** "Feb 1–20, 2026", or "Feb 1, 2026" for one day. */
    static String sameDays(Period p) {
        String month = DateTimeFormatter.ofPattern("MMM", Messages.locale()).format(p.from());
        return p.days() == 1 ? Messages.format("charts.sameDay", month, p.from().getYear())
                : Messages.format("charts.sameDays", month, p.to().getDayOfMonth(), p.from().getYear());
    }

    private void showChange(BigDecimal total, BigDecimal previous, YearMonth previousMonth) {
        BigDecimal diff = total.subtract(previous);
        String sign = diff.signum() > 0 ? "+" : diff.signum() < 0 ? "−" : "";
        String amount = sign + money(diff.abs());
        if (previous.signum() == 0) {
            change.set(total.signum() == 0 ? Change.FLAT : Change.NONE);
            changeText.set(total.signum() == 0 ? Messages.get("charts.noSpendingEither")
                    : Messages.format("charts.nothingIn", amount,
                            DateTimeFormatter.ofPattern("MMMM", Messages.locale()).format(previousMonth)));
            return;
        }
        change.set(diff.signum() > 0 ? Change.UP : diff.signum() < 0 ? Change.DOWN : Change.FLAT);
        changeText.set(amount + " (" + sign + Percent.of(diff.abs(), previous, 1) + ")");
    }

    private String describe(Expense e) {
        String what = e.description() == null || e.description().isBlank() ? e.categoryName() : e.description();
        return e.payee() == null || e.payee().isBlank()
                ? Messages.format("charts.biggest", money(e.amount()), what, DAY.format(e.date()))
                : Messages.format("charts.biggestAt", money(e.amount()), what, e.payee(), DAY.format(e.date()));
    }

    private <T> void start(TaskRunner.Job<T> job) {
        job.onBusy(busy -> running.set(running.get() + (busy ? 1 : -1)))
                .onFailure(e -> errorMessage.set(UserMessages.of(e)));
        errorMessage.set("");
        job.start();
    }

    private void publish(ExpenseFilter filter) {
        // Reset first so that asking for the same filter twice still notifies listeners; they ignore null.
        filterRequest.set(null);
        filterRequest.set(filter);
    }

    private YearMonth currentMonth() {
        return YearMonth.from(LocalDate.now(clock));
    }

    // ---- properties -----------------------------------------------------------------------------------------

    public ObservableList<ChartRange> getRanges() {
        return rangesView;
    }

    public ReadOnlyObjectProperty<ChartRange> rangeProperty() {
        return range.getReadOnlyProperty();
    }

    public ObservableList<YearMonth> getMonths() {
        return monthsView;
    }

    /** The stacked bar chart's cells: one per month and category that has expenses in the range. */
    public ObservableList<MonthCategoryTotal> getMonthly() {
        return monthlyView;
    }

    /** The categories that have expenses in the range, largest first (the bar legend and the trend choices). */
    public ObservableList<CategoryTotal> getRangeCategories() {
        return rangeCategoriesView;
    }

    public ReadOnlyObjectProperty<CategoryTotal> trendCategoryProperty() {
        return trendCategory.getReadOnlyProperty();
    }

    /** One point per month of the range for the trend category. */
    public ObservableList<MonthTotal> getTrend() {
        return trendView;
    }

    public ReadOnlyObjectProperty<YearMonth> selectedMonthProperty() {
        return selectedMonth.getReadOnlyProperty();
    }

    /** The selected month's categories, largest first (the donut). */
    public ObservableList<CategoryTotal> getMonthCategories() {
        return monthCategoriesView;
    }

    public ReadOnlyStringProperty monthTitleProperty() {
        return monthTitle.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BigDecimal> monthTotalProperty() {
        return monthTotal.getReadOnlyProperty();
    }

    /** "March 2026 · so far" for the current month, "February 2026 · total" for a past one. */
    public ReadOnlyStringProperty totalCaptionProperty() {
        return totalCaption.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalTextProperty() {
        return totalText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty changeTitleProperty() {
        return changeTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty changeTextProperty() {
        return changeText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Change> changeProperty() {
        return change.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty topCategoryTextProperty() {
        return topCategoryText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty biggestTextProperty() {
        return biggestText.getReadOnlyProperty();
    }

    /** False on the current month: the next-month button binds its disabled state to it. */
    public ReadOnlyBooleanProperty canGoNextProperty() {
        return canGoNext.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** A failure to load in plain words, or empty. */
    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    /**
     * The expenses the user asked to see after clicking a bar, slice or point. Set to null and then to the filter
     * on every click (so a repeated click notifies too): listeners apply non-null values to the expense table.
     */
    public ReadOnlyObjectProperty<ExpenseFilter> filterRequestProperty() {
        return filterRequest.getReadOnlyProperty();
    }
}
