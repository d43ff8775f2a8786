package io.spendsense.assistant;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.Period;
import io.spendsense.service.ExpenseService;
import io.spendsense.service.SignedInUser;
import io.spendsense.service.SummaryService;

/** What answering one question needs: the user, the services, their words, how to phrase things, and today. */
record Context(SignedInUser who, SummaryService summaries, ExpenseService expenses, UserLexicon lexicon,
               Phrasing say, LocalDate today, boolean yesNo) {

    /** The filter of side 1 of a plan. */
    ExpenseFilter filter(Plan plan) {
        Frame f = plan.frame();
        return filter(plan, f.period(), f.categories(), f.payees());
    }

    /** The filter of side 2 of a comparison (amount, day, receipt and exclusion filters are shared). */
    ExpenseFilter filter2(Plan plan) {
        Frame f = plan.frame();
        return filter(plan, f.period2(), f.category2() == null ? List.of() : List.of(f.category2()),
                f.payee2() == null ? List.of() : List.of(f.payee2()));
    }

    private ExpenseFilter filter(Plan plan, Period period, List<String> categories, List<String> payees) {
        Frame f = plan.frame();
        var filter = ExpenseFilter.of(period).withPayees(payees).withDays(f.days())
                .withoutPayees(f.excludePayees()).withAttachments(f.receipts())
                .withCurrency(f.currency());
        if (!categories.isEmpty()) {
            filter = filter.withCategories(ids(categories));
        }
        if (!f.excludeCategories().isEmpty()) {
            filter = filter.withoutCategories(ids(f.excludeCategories()));
        }
        if (f.amountGt() != null) {
            filter = filter.withMin(f.amountGt(), !plan.gtInclusive());
        }
        if (f.amountLt() != null) {
            filter = filter.withMax(f.amountLt(), !plan.ltInclusive());
        }
        return filter;
    }

    /** The ids of the named categories; one that no longer exists matches nothing rather than everything. */
    private Set<Long> ids(List<String> names) {
        var ids = new java.util.HashSet<Long>();
        for (String name : names) {
            ids.add(lexicon.category(name).map(c -> c.id()).orElse(-1L));
        }
        return ids;
    }

    /** The period with open ends closed by the user's first and last expense dates (for averages and series). */
    Period closed(Period p) {
        if (p.from() != null && p.to() != null) {
            return p;
        }
        var range = summaries.dataRange(who).orElse(Period.day(today));
        return new Period(p.from() != null ? p.from() : range.from(), p.to() != null ? p.to() : range.to());
    }
}
