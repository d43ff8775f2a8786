package io.spendsense.assistant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.spendsense.domain.AttachmentFilter;
import io.spendsense.domain.DayKind;
import io.spendsense.domain.Money;
import io.spendsense.domain.Period;

/**
 * How answers say things: money in the user's currency, periods in words relative to today ("last month (February
 * 2026)", "since January 1, 2026", "in all your expenses"), filters ("on Groceries at Starbucks over $100").
 */
final class Phrasing {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("MMM d", Locale.US);
    private static final DateTimeFormatter SHORT_DAY_YEAR = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);
    private static final DateTimeFormatter MONTH_ONLY = DateTimeFormatter.ofPattern("MMMM", Locale.US);

    private final String currency;
    private final LocalDate today;

    Phrasing(String currency, LocalDate today) {
        this.currency = currency == null ? "USD" : currency;
        this.today = today;
    }

    String money(BigDecimal amount) {
        return Money.format(amount, currency);
    }

    static String month(YearMonth m) {
        return m.format(MONTH);
    }

    String day(LocalDate d) {
        return d.format(DAY);
    }

    /** "Dec 1" this year or in the period's year, "Dec 1, 2024" otherwise. */
    String shortDay(LocalDate d, Period context) {
        boolean yearKnown = context.from() != null && context.to() != null
                && context.from().getYear() == context.to().getYear() && context.from().getYear() == d.getYear();
        return d.format(yearKnown ? SHORT_DAY : SHORT_DAY_YEAR);
    }

    /** As {@link #period(Period)}, with other words for all time ("ever", "in all"). */
    String period(Period p, String allTime) {
        return p == null || p.isAllTime() ? allTime : period(p);
    }

    /** The period with its preposition: "in December 2025", "last month (February 2026)", "on March 14, 2026". */
    String period(Period p) {
        if (p == null || p.isAllTime()) {
            return "in all your expenses";
        }
        if (p.from() == null) {
            return "up to " + day(p.to());
        }
        if (p.to() == null) {
            return "since " + day(p.from());
        }
        if (p.from().equals(p.to())) {
            if (p.from().equals(today)) {
                return "today (" + day(today) + ")";
            }
            if (p.from().equals(today.minusDays(1))) {
                return "yesterday (" + day(p.from()) + ")";
            }
            return "on " + day(p.from());
        }
        if (p.isWholeMonth()) {
            YearMonth m = YearMonth.from(p.from());
            YearMonth now = YearMonth.from(today);
            if (m.equals(now)) {
                return "this month (" + month(m) + ")";
            }
            if (m.equals(now.minusMonths(1))) {
                return "last month (" + month(m) + ")";
            }
            return "in " + month(m);
        }
        if (p.isWholeYear()) {
            int y = p.from().getYear();
            return y == today.getYear() ? "this year (" + y + ")"
                    : y == today.getYear() - 1 ? "last year (" + y + ")" : "in " + y;
        }
        if (isQuarter(p)) {
            return "in Q" + p.from().get(IsoFields.QUARTER_OF_YEAR) + " " + p.from().getYear();
        }
        if (p.to().equals(today) && p.from().getDayOfMonth() == 1) {
            return "since " + day(p.from());
        }
        if (p.from().getDayOfMonth() == 1 && p.to().equals(YearMonth.from(p.to()).atEndOfMonth())) {
            YearMonth a = YearMonth.from(p.from());
            YearMonth b = YearMonth.from(p.to());
            return a.getYear() == b.getYear() ? "from " + a.format(MONTH_ONLY) + " to " + month(b)
                    : "from " + month(a) + " to " + month(b);
        }
        if (p.to().equals(today)) {
            return "in the " + p.days() + " days to " + day(today) + " (since " + day(p.from()) + ")";
        }
        return "from " + day(p.from()) + " to " + day(p.to());
    }

    /** "that month's", "that year's", "the period's", "all-time": whose total a share is of. */
    static String whose(Period p) {
        if (p == null || p.isAllTime()) {
            return "your all-time";
        }
        return p.isWholeMonth() ? "that month's" : p.isWholeYear() ? "that year's" : p.days() == 1 ? "that day's"
                : "the period's";
    }

    /**
     * The filters of one side: " on Groceries or Dining at Starbucks, not counting Housing, on weekends over $100"
     * (leading space), or "".
     */
    String filters(List<String> categories, List<String> payees, List<String> excludeCategories,
                   List<String> excludePayees, DayKind days, BigDecimal gt, boolean gtInclusive, BigDecimal lt,
                   boolean ltInclusive, AttachmentFilter receipts, String paidIn) {
        var parts = new ArrayList<String>();
        if (!categories.isEmpty()) {
            parts.add("on " + either(categories));
        }
        if (!payees.isEmpty()) {
            parts.add("at " + either(payees));
        }
        var left = new ArrayList<String>(excludeCategories);
        left.addAll(excludePayees);
        if (!left.isEmpty()) {
            parts.add((parts.isEmpty() ? "" : "but ") + "not counting " + either(left).replace(" or ", " and "));
        }
        if (paidIn != null) {
            parts.add("paid in " + paidIn);
        }
        if (days != null) {
            parts.add(days == DayKind.WEEKEND ? "on weekends" : "on weekdays");
        }
        if (gt != null && lt != null) {
            parts.add("between " + money(gt) + " and " + money(lt));
        } else if (gt != null) {
            parts.add(gtInclusive ? "of at least " + money(gt) : "over " + money(gt));
        } else if (lt != null) {
            parts.add(ltInclusive ? "of at most " + money(lt) : "under " + money(lt));
        }
        if (receipts == AttachmentFilter.WITH) {
            parts.add("with a receipt");
        } else if (receipts == AttachmentFilter.WITHOUT) {
            parts.add("without a receipt");
        }
        return parts.isEmpty() ? "" : " " + String.join(" ", parts);
    }

    String filters(Plan plan) {
        Frame f = plan.frame();
        return filters(f.categories(), f.payees(), f.excludeCategories(), f.excludePayees(), f.days(), f.amountGt(),
                plan.gtInclusive(), f.amountLt(), plan.ltInclusive(), f.receipts(), f.currency());
    }

    /** The filters of a plan without its categories (a ranking of categories names them itself). */
    String filtersButCategories(Plan plan) {
        Frame f = plan.frame();
        return filters(List.of(), f.payees(), f.excludeCategories(), f.excludePayees(), f.days(), f.amountGt(),
                plan.gtInclusive(), f.amountLt(), plan.ltInclusive(), f.receipts(), f.currency());
    }

    /** "Groceries", "Groceries or Dining", "Uber, Lyft or Bolt". */
    static String either(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    static String count(long n, String singular) {
        return n + " " + (n == 1 ? singular : singular + "s");
    }

    private static boolean isQuarter(Period p) {
        return p.from().getDayOfMonth() == 1 && (p.from().getMonthValue() - 1) % 3 == 0
                && p.to().equals(YearMonth.from(p.from()).plusMonths(2).atEndOfMonth());
    }
}
