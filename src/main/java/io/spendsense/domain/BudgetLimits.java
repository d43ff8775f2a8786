package io.spendsense.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Changes to a budget's limit history, free of storage. A change applies from a month on: months before it keep
 * their limits, and changes after it are replaced (the new limit holds from that month until a later change is made).
 */
public final class BudgetLimits {
    private BudgetLimits() {
    }

    /**
     * The history after setting {@code limit} from {@code from} on, for a budget that starts in {@code start}:
     * {@code current} (possibly empty, for a new budget) with every change from {@code from} on dropped and the new
     * limit added, then {@linkplain #normalize normalized}. {@code from} must not be before {@code start}.
     */
    public static List<BudgetLimit> change(List<BudgetLimit> current, YearMonth start, YearMonth from,
                                           BigDecimal limit) {
        if (from.isBefore(start)) {
            throw new IllegalArgumentException("from " + from + " is before the start month " + start);
        }
        var result = new ArrayList<BudgetLimit>();
        current.stream().filter(l -> l.from().isBefore(from)).forEach(result::add);
        result.add(new BudgetLimit(from, limit));
        return normalize(result, start);
    }

    /**
     * The history in its stored form: in month order, the first entry at {@code start} (the limit in effect then, so
     * moving the start month earlier extends the first limit back and moving it later drops what came before), no
     * entry repeating the limit before it.
     */
    public static List<BudgetLimit> normalize(List<BudgetLimit> limits, YearMonth start) {
        var sorted = limits.stream().sorted(Comparator.comparing(BudgetLimit::from)).toList();
        var result = new ArrayList<BudgetLimit>();
        BudgetLimit first = sorted.get(0);
        for (BudgetLimit l : sorted) {
            if (!l.from().isAfter(start)) {
                first = l;
            }
        }
        result.add(new BudgetLimit(start, first.limit()));
        for (BudgetLimit l : sorted) {
            if (l.from().isAfter(start) && l.limit().compareTo(result.get(result.size() - 1).limit()) != 0) {
                result.add(l);
            }
        }
        return List.copyOf(result);
    }
}
