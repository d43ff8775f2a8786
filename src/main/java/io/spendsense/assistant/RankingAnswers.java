package io.spendsense.assistant;

import java.math.BigDecimal;
import java.util.List;

import io.spendsense.domain.CategoryTotal;
import io.spendsense.domain.Expense;
import io.spendsense.domain.Money;
import io.spendsense.domain.MonthTotal;
import io.spendsense.domain.PayeeTotal;
import io.spendsense.domain.Percent;
import io.spendsense.domain.Totals;

/** Answers that rank: the biggest or smallest expense, the top category, the breakdown, the top month. */
final class RankingAnswers {
    private RankingAnswers() {
    }

    static Outcome extreme(Plan plan, Context cx, boolean biggest) {
        Frame f = plan.frame();
        var filter = cx.filter(plan);
        int limit = Math.max(1, Math.min(plan.limit(), Executor.LIST_LIMIT));
        List<Expense> found = biggest ? cx.summaries().biggest(cx.who(), filter, limit)
                : cx.summaries().smallest(cx.who(), filter, limit);
        String which = biggest ? "biggest" : "smallest";
        String where = cx.say().filters(plan) + " " + cx.say().period(f.period(), "ever");
        if (found.isEmpty()) {
            return Outcome.of(null, "You have no expenses" + where + ", so there is no " + which + " one.");
        }
        Expense e = found.get(0);
        var text = new StringBuilder("Your ").append(which).append(" expense").append(where).append(" was ")
                .append(Executor.describe(e, cx, f.period()));
        if (found.size() > 1) {
            text.append(". Then: ");
            for (int k = 1; k < Math.min(found.size(), 10); k++) {
                text.append(k == 1 ? "" : "; ").append(Executor.describe(found.get(k), cx, f.period()));
            }
            return new Outcome(Money.plain(e.amount()), null, null, text.append('.').toString(), found, List.of(),
                    List.of());
        }
        // the share needs a second aggregate; over all time it says little ("1% of everything") and, with a payee
        // filter, costs a second scan of every row, so only bounded periods get it
        if (biggest && !f.period().isAllTime()) {
            Totals t = cx.summaries().totals(cx.who(), filter);
            String share = Percent.share(e.amount(), t.total());
            if (share != null && t.count() > 1) {
                text.append(", ").append(share).append(" of ").append(Phrasing.whose(f.period())).append(' ')
                        .append(cx.say().money(t.total())).append(cx.say().filters(plan));
            }
        }
        return new Outcome(Money.plain(e.amount()), null, null, text.append('.').toString(), found, List.of(),
                List.of());
    }

    static Outcome topCategory(Plan plan, Context cx) {
        Frame f = plan.frame();
        // one category would make the answer trivial: rank all of them, or only those named when several were
        var filter = f.categories().size() > 1 ? cx.filter(plan) : cx.filter(plan).withCategories(null);
        List<CategoryTotal> all = cx.summaries().byCategory(cx.who(), filter);
        String where = cx.say().filtersButCategories(plan) + " " + cx.say().period(f.period(), "overall");
        if (all.isEmpty()) {
            return Outcome.of(null, "You have no expenses" + where + ", so no category stands out.");
        }
        CategoryTotal top = all.get(0);
        BigDecimal sum = sum(all);
        var text = new StringBuilder(top.category()).append(" was your top category").append(where).append(": ")
                .append(cx.say().money(top.total())).append(", ").append(Percent.share(top.total(), sum))
                .append(" of the ").append(cx.say().money(sum)).append(" you spent");
        if (all.size() > 1) {
            CategoryTotal next = all.get(1);
            text.append(". Next: ").append(next.category()).append(" (").append(cx.say().money(next.total()))
                    .append(')');
        }
        return new Outcome(Money.plain(top.total()), top.category(), null, text.append('.').toString(), List.of(),
                List.of(), List.of());
    }

    static Outcome breakdown(Plan plan, Context cx) {
        Frame f = plan.frame();
        List<CategoryTotal> all = cx.summaries().byCategory(cx.who(), cx.filter(plan));
        String where = cx.say().filters(plan) + " " + cx.say().period(f.period());
        if (all.isEmpty()) {
            return new Outcome("0.00", null, null, "You have no expenses" + where + " to break down.", List.of(),
                    List.of(), List.of());
        }
        BigDecimal sum = sum(all);
        var text = new StringBuilder("Your spending").append(where).append(" by category: ");
        for (int k = 0; k < all.size(); k++) {
            CategoryTotal c = all.get(k);
            text.append(k == 0 ? "" : ", ").append(c.category()).append(' ').append(cx.say().money(c.total()))
                    .append(" (").append(Percent.share(c.total(), sum)).append(')');
        }
        text.append("; ").append(cx.say().money(sum)).append(" in all.");
        return new Outcome(Money.plain(sum), all.get(0).category(), null, text.toString(), List.of(), all, List.of());
    }

    static Outcome topMonth(Plan plan, Context cx) {
        Frame f = plan.frame();
        List<MonthTotal> months = cx.summaries().byMonth(cx.who(), cx.filter(plan));
        String where = cx.say().filters(plan) + " " + cx.say().period(f.period(), "ever");
        if (months.isEmpty()) {
            return Outcome.of(null, "You have no expenses" + where + ", so no month stands out.");
        }
        MonthTotal top = months.get(0);
        BigDecimal sum = BigDecimal.ZERO;
        for (MonthTotal m : months) {
            sum = sum.add(m.total());
            if (m.total().compareTo(top.total()) > 0) {
                top = m;
            }
        }
        var text = new StringBuilder("Your most expensive month").append(where).append(" was ")
                .append(Phrasing.month(top.month())).append(": ").append(cx.say().money(top.total()));
        if (months.size() > 1) {
            BigDecimal avg = sum.divide(BigDecimal.valueOf(months.size()), 2, java.math.RoundingMode.HALF_UP);
            text.append(", against ").append(cx.say().money(avg)).append(" in an average month with expenses (")
                    .append(Phrasing.count(months.size(), "month")).append(')');
        }
        return new Outcome(Money.plain(top.total()), null, top.month(), text.append('.').toString(), List.of(),
                List.of(), List.of());
    }

    /** "Which merchant did I spend the most at": payees ranked by their total, the first named with the next two. */
    static Outcome topPayee(Plan plan, Context cx) {
        Frame f = plan.frame();
        var filter = cx.filter(plan);
        int asked = Math.min(plan.limit(), Executor.LIST_LIMIT);
        List<PayeeTotal> top = cx.summaries().byPayee(cx.who(), filter, Math.max(3, asked));
        String where = cx.say().filters(plan) + " " + cx.say().period(f.period(), "overall");
        if (top.isEmpty()) {
            return Outcome.of(null, "You have no expenses with a payee" + where + ", so no merchant stands out.");
        }
        PayeeTotal first = top.get(0);
        Totals all = cx.summaries().totals(cx.who(), filter);
        if (asked > 1) {
            // "top 3 merchants": each of them with its total and share, in order
            String shown = String.join(", ", top.stream().map(p -> p.payee() + " " + cx.say().money(p.total())
                    + share(p.total(), all.total())).toList());
            String lead = top.size() < asked ? "You paid only " + Phrasing.count(top.size(), "payee") + where + ": "
                    : "Your top " + asked + " payees" + where + ": ";
            return new Outcome(Money.plain(first.total()), null, null, lead + shown + "; "
                    + cx.say().money(all.total()) + " in all.", List.of(), List.of(), List.of(), first.payee());
        }
        var text = new StringBuilder("You spent the most at ").append(first.payee()).append(where).append(": ")
                .append(cx.say().money(first.total())).append(" in ").append(Phrasing.count(first.count(), "expense"));
        String share = Percent.share(first.total(), all.total());
        if (share != null && all.total().compareTo(first.total()) != 0) {
            text.append(", ").append(share).append(" of the ").append(cx.say().money(all.total()))
                    .append(" you spent");
        }
        if (top.size() > 1) {
            text.append(". Next: ").append(String.join(", ", top.subList(1, top.size()).stream()
                    .map(p -> p.payee() + " (" + cx.say().money(p.total()) + ")").toList()));
        }
        return new Outcome(Money.plain(first.total()), null, null, text.append('.').toString(), List.of(), List.of(),
                List.of(), first.payee());
    }

    /** " (12%)" of the total, or nothing when there is no share to give. */
    private static String share(BigDecimal part, BigDecimal total) {
        String share = Percent.share(part, total);
        return share == null ? "" : " (" + share + ")";
    }

    private static BigDecimal sum(List<CategoryTotal> all) {
        return all.stream().map(CategoryTotal::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
