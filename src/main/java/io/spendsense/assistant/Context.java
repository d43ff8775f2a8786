package io.spendsense.assistant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import io.spendsense.domain.DayKind;
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
        return filter(f.period(), f.category(), f.payee(), f.days(), f.amountGt(), plan.gtInclusive(), f.amountLt(),
                plan.ltInclusive());
    }

    /** The filter of side 2 of a comparison (amount and day filters are shared). */
    ExpenseFilter filter2(Plan plan) {
        Frame f = plan.frame();
        return filter(f.period2(), f.category2(), f.payee2(), f.days(), f.amountGt(), plan.gtInclusive(),
                f.amountLt(), plan.ltInclusive());
    }

    ExpenseFilter filter(Period period, String category, String payee, DayKind days, BigDecimal gt,
                         boolean gtInclusive, BigDecimal lt, boolean ltInclusive) {
        var filter = ExpenseFilter.of(period).withPayee(payee).withDays(days);
        if (category != null) {
            // a category that no longer exists matches nothing rather than everything
            long id = lexicon.category(category).map(c -> c.id()).orElse(-1L);
            filter = filter.withCategories(Set.of(id));
        }
        if (gt != null) {
            filter = filter.withMin(gt, !gtInclusive);
        }
        if (lt != null) {
            filter = filter.withMax(lt, !ltInclusive);
        }
        return filter;
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
