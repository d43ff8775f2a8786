package io.spendsense.assistant.lang;

import io.spendsense.domain.Period;
import java.util.function.IntFunction;

/**
 * A period read at some token position, before it becomes a {@link PeriodMatch}. Ranges need to know whether the user
 * wrote a year ({@code year}, else 0) and how to place the same words in another year ({@code inYear}, null when that
 * makes no sense, e.g. "last week"), so that "from January to February 2026" puts January in 2026 too.
 */
record Candidate(Period period, int start, int end, String rule, int year, IntFunction<Period> inYear) {
    static Candidate fixed(Period period, int start, int end, String rule) {
        return new Candidate(period, start, end, rule, 0, null);
    }

    boolean relocatable() {
        return year == 0 && inYear != null;
    }

    /** The same words placed in another year, or null when they do not fit there (Feb 29). */
    Candidate inYear(int y) {
        if (inYear == null || y < DateWords.MIN_YEAR - 1 || y > DateWords.MAX_YEAR + 1) {
            return null;
        }
        Period p = inYear.apply(y);
        return p == null ? null : new Candidate(p, start, end, rule, 0, inYear);
    }

    static Candidate longer(Candidate a, Candidate b) {
        if (a == null) {
            return b;
        }
        return b != null && b.end > a.end ? b : a;
    }
}
