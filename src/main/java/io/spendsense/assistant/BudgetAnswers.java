package io.spendsense.assistant;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.spendsense.domain.Budget;
import io.spendsense.domain.BudgetStatus;
import io.spendsense.domain.Money;
import io.spendsense.domain.Percent;
import io.spendsense.domain.Period;
import io.spendsense.service.BudgetService;

/**
 * Answers {@code budget_status} questions. What the value means depends on how the question is put:
 * <ul>
 *   <li>{@link Ask#WHICH} ("which budgets did I exceed in October?"): how many budget-months were exceeded;</li>
 *   <li>{@link Ask#OVER} ("am I over budget on dining?"): by how much spending went over, 0.00 when it did not;</li>
 *   <li>{@link Ask#LEFT} (anything else: "how much budget do I have left?"): what is left, negative when over.</li>
 * </ul>
 * The budget asked about is the named category's, else the overall budget, else all category budgets together.
 */
final class BudgetAnswers {
    /** How far back a "which budgets" question looks at most (a budget-month each). */
    static final int MAX_MONTHS = 36;
    private static final Set<String> OVER_WORDS = Set.of("over", "exceed", "exceeded", "exceeding", "exceeds",
            "overspent", "overspend", "overspending", "blow", "blew", "blown", "above", "beyond", "broke", "break");

    enum Ask { WHICH, OVER, LEFT }

    private BudgetAnswers() {
    }

    static Ask ask(String[] words) {
        var list = List.of(words);
        if (list.contains("which") || list.contains("what") && (list.contains("budgets") || list.contains("limits"))) {
            return Ask.WHICH;
        }
        return list.stream().anyMatch(OVER_WORDS::contains) ? Ask.OVER : Ask.LEFT;
    }

    static Outcome answer(Plan plan, Ask ask, BudgetService budgets, Context cx, List<String> explain) {
        List<Budget> all = budgets.list(cx.who());
        if (all.isEmpty()) {
            return Outcome.of(null, "You have not set any budgets yet, so I cannot tell how you are doing against one."
                    + " Set a monthly limit for a category or for all your spending first (on the command line:"
                    + " spendsense budget set).");
        }
        String category = plan.frame().category();
        if (category != null && all.stream().noneMatch(b -> category.equalsIgnoreCase(b.categoryName()))) {
            return Outcome.of(null, "You have no budget for " + category + ". Your budgets: "
                    + String.join(", ", all.stream().map(Budget::name).toList()) + ".");
        }
        List<YearMonth> months = months(plan.frame().period(), YearMonth.from(cx.today()));
        if (ask == Ask.WHICH) {
            return which(budgets, cx, category, months, explain);
        }
        YearMonth month = months.get(months.size() - 1);
        List<BudgetStatus> statuses = budgets.status(cx.who(), month, cx.today()).stream()
                .filter(s -> category != null ? category.equalsIgnoreCase(s.budget().categoryName())
                        : s.budget().isOverall() || all.stream().noneMatch(Budget::isOverall))
                .toList();
        String when = cx.say().period(Period.month(month));
        if (statuses.isEmpty()) {
            return Outcome.of(null, "Your " + (category != null ? category : "overall") + " budget starts after "
                    + Phrasing.month(month) + ", so there is no budget " + when + ".");
        }
        statuses.forEach(s -> explain.add(line(s)));
        return ask == Ask.OVER ? over(statuses, budgets, cx, when) : left(statuses, budgets, cx, when);
    }

    private static Outcome which(BudgetService budgets, Context cx, String category, List<YearMonth> months,
                                 List<String> explain) {
        var exceeded = new ArrayList<BudgetStatus>();
        int checked = 0;
        for (YearMonth m : months) {
            for (BudgetStatus s : budgets.status(cx.who(), m, cx.today())) {
                if (category == null || category.equalsIgnoreCase(s.budget().categoryName())) {
                    checked++;
                    if (s.exceeded()) {
                        exceeded.add(s);
                        explain.add(line(s));
                    }
                }
            }
        }
        String when = months.size() == 1 ? cx.say().period(Period.month(months.get(0)))
                : "from " + Phrasing.month(months.get(0)) + " to " + Phrasing.month(months.get(months.size() - 1));
        explain.add("budget_status: " + checked + " budget-months checked " + when + ", " + exceeded.size()
                + " exceeded");
        if (checked == 0) {
            return Outcome.of("0", "None of your budgets had started " + when + ".");
        }
        if (exceeded.isEmpty()) {
            return Outcome.of("0", "You stayed within " + (checked == 1 ? "your budget" : "all your budgets") + " "
                    + when + ".");
        }
        var parts = new ArrayList<String>();
        for (BudgetStatus s : exceeded) {
            parts.add(s.budget().name() + (months.size() == 1 ? "" : " in " + Phrasing.month(s.month())) + " by "
                    + cx.say().money(s.remaining().negate()) + " (spent " + cx.say().money(s.spent()) + " of "
                    + cx.say().money(s.effectiveLimit()) + ")");
        }
        String what = months.size() == 1 ? Phrasing.count(exceeded.size(), "budget")
                : Phrasing.count(exceeded.size(), "budget-month");
        return Outcome.of(Integer.toString(exceeded.size()), "You exceeded " + what + " " + when + ": "
                + String.join("; ", parts) + ".");
    }

    private static Outcome over(List<BudgetStatus> statuses, BudgetService budgets, Context cx, String when) {
        BigDecimal over = statuses.stream().map(s -> s.remaining().signum() < 0 ? s.remaining().negate()
                : BigDecimal.ZERO).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (statuses.size() == 1) {
            BudgetStatus s = statuses.get(0);
            String text = s.exceeded()
                    ? "Yes: you are " + cx.say().money(s.remaining().negate()) + " over your " + s.budget().name()
                    + " budget " + when + ": " + spentOf(s, cx) + "."
                    : "No: you are within your " + s.budget().name() + " budget " + when + ": " + spentOf(s, cx)
                    + ", " + cx.say().money(s.remaining()) + " left" + daysLeft(s) + "." + pace(s, budgets, cx);
            return Outcome.of(Money.plain(over), text);
        }
        List<BudgetStatus> exceeded = statuses.stream().filter(BudgetStatus::exceeded).toList();
        String text = exceeded.isEmpty()
                ? "No: you are within all " + statuses.size() + " of your budgets " + when + "."
                : "Yes: " + String.join("; ", exceeded.stream().map(s -> s.budget().name() + " by "
                + cx.say().money(s.remaining().negate())).toList()) + " " + when + ", " + cx.say().money(over)
                + " over in all.";
        return Outcome.of(Money.plain(over), text);
    }

    private static Outcome left(List<BudgetStatus> statuses, BudgetService budgets, Context cx, String when) {
        BigDecimal left = statuses.stream().map(BudgetStatus::remaining).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (statuses.size() == 1) {
            BudgetStatus s = statuses.get(0);
            String name = s.budget().isOverall() ? "overall budget" : s.budget().name() + " budget";
            String text = s.remaining().signum() > 0
                    ? "You have " + cx.say().money(s.remaining()) + " left in your " + name + " " + when + ": "
                    + spentOf(s, cx) + daysLeft(s) + "." + pace(s, budgets, cx)
                    : "Nothing is left in your " + name + " " + when + ": you are "
                    + cx.say().money(s.remaining().negate()) + " over (" + spentOf(s, cx) + ").";
            return Outcome.of(Money.plain(left), text);
        }
        var parts = statuses.stream().map(s -> s.budget().name() + " " + (s.remaining().signum() >= 0
                ? cx.say().money(s.remaining()) + " left" : cx.say().money(s.remaining().negate()) + " over")).toList();
        return Outcome.of(Money.plain(left), "Across your " + statuses.size() + " budgets you have "
                + cx.say().money(left) + " left " + when + ": " + String.join("; ", parts) + ".");
    }

    /** "spent $120.00 of $200.00 (60%)", with the rollover carry when there is one. */
    private static String spentOf(BudgetStatus s, Context cx) {
        String of = "spent " + cx.say().money(s.spent()) + " of " + cx.say().money(s.effectiveLimit());
        if (s.carry().signum() > 0) {
            of += " (" + cx.say().money(s.limit()) + " plus " + cx.say().money(s.carry()) + " carried over)";
        } else if (s.carry().signum() < 0) {
            of += " (" + cx.say().money(s.limit()) + " minus " + cx.say().money(s.carry().negate())
                    + " overspent before)";
        }
        // whole percent from the exact amounts: rounding the one-decimal percent again would say 35% for 34.48%
        return s.percent() == null ? of : of + ", " + Percent.of(s.spent(), s.effectiveLimit(), 0);
    }

    private static String daysLeft(BudgetStatus s) {
        return s.daysLeft() == 0 || s.daysLeft() == s.month().lengthOfMonth() && s.spent().signum() == 0 ? ""
                : ", " + Phrasing.count(s.daysLeft(), "day") + " to go";
    }

    /**
     * In the current month, a warning when the month's forecast is likely to go past the limit: only when even the
     * low end of its range is over (a rent paid on the 1st is not a pace).
     */
    private static String pace(BudgetStatus s, BudgetService budgets, Context cx) {
        if (!s.month().equals(YearMonth.from(cx.today()))) {
            return "";
        }
        var forecast = budgets.forecast(cx.who(), cx.today()).stream()
                .filter(f -> f.status().budget().id() == s.budget().id()).findFirst().orElse(null);
        if (forecast == null || !forecast.likelyExceeded()) {
            return "";
        }
        var m = forecast.forecast();
        String range = !m.enoughHistory() || m.low().compareTo(m.high()) == 0 ? ""
                : " (between " + cx.say().money(m.low()) + " and " + cx.say().money(m.high()) + ")";
        return " You are likely to go over: " + (m.enoughHistory() ? "about " : "at least ")
                + cx.say().money(m.expected()) + " by the end of the month" + range + ".";
    }

    /** The months a period covers, up to the current month (a future period: its first month), at most the last 36. */
    static List<YearMonth> months(Period period, YearMonth current) {
        YearMonth to = period.to() == null ? current : YearMonth.from(period.to());
        YearMonth from = period.from() == null ? to.minusMonths(MAX_MONTHS - 1) : YearMonth.from(period.from());
        if (to.isAfter(current)) {
            to = from.isAfter(current) ? from : current;
        }
        if (from.isBefore(to.minusMonths(MAX_MONTHS - 1))) {
            from = to.minusMonths(MAX_MONTHS - 1);
        }
        var months = new ArrayList<YearMonth>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    private static String line(BudgetStatus s) {
        return String.format(Locale.ROOT, "budget %s %s: spent %s, limit %s, carry %s, effective %s, %s, %s",
                s.budget().name(), s.month(), Money.plain(s.spent()), Money.plain(s.limit()), Money.plain(s.carry()),
                Money.plain(s.effectiveLimit()), s.percent() == null ? "no percent" : Percent.plain(s.percent()),
                s.level().name().toLowerCase(Locale.ROOT));
    }
}
