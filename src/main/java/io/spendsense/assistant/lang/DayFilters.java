package io.spendsense.assistant.lang;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.spendsense.domain.DayKind;

/**
 * Finds a weekend or weekday restriction: "on weekends", "at the weekend", "saturdays and sundays", "weekdays",
 * "workdays", "during the week".
 *
 * <p>"this weekend" and "last weekend" are periods, not filters: call it after {@link PeriodGrammar#findAll} and pass
 * the matches. Without them it still skips a "weekend" right after this/last/past/previous/next.
 */
public final class DayFilters {
    private static final Set<String> PERIOD_WORDS = Set.of("this", "last", "past", "previous", "next", "that",
            "prior", "current");
    private static final Set<String> WEEKEND = Set.of("weekend", "weekends");
    private static final Set<String> WEEKDAY = Set.of("weekday", "weekdays", "workday", "workdays");
    private static final Set<String> WORK = Set.of("work", "working", "business", "week");

    public Optional<DayMatch> find(List<Token> tokens) {
        return find(tokens, List.of());
    }

    /** As {@link #find(List)}, leaving alone the tokens of the periods already found. */
    public Optional<DayMatch> find(List<Token> tokens, Collection<PeriodMatch> periods) {
        String[] w = PeriodGrammar.words(tokens);
        var used = PeriodMatch.tokens(periods, w.length);
        for (int i = 0; i < w.length; i++) {
            if (used.get(i)) {
                continue;
            }
            String a = w[i];
            String b = DateWords.at(w, i + 1);
            int end = 0;
            DayKind kind = null;
            if (WEEKEND.contains(a) && !PERIOD_WORDS.contains(DateWords.at(w, i - 1))) {
                kind = DayKind.WEEKEND;
                end = i + 1;
            } else if ((a.equals("saturdays") || a.equals("saturday")) && Set.of("and", "or").contains(b)
                    && DateWords.at(w, i + 2).startsWith("sunday") && (a.endsWith("s") || !used.get(i + 2))) {
                kind = DayKind.WEEKEND;
                end = i + 3;
            } else if (WEEKDAY.contains(a)) {
                kind = DayKind.WEEKDAY;
                end = i + 1;
            } else if (WORK.contains(a) && Set.of("day", "days").contains(b) && !used.get(i + 1)) {
                kind = DayKind.WEEKDAY;
                end = i + 2;
            } else if (a.equals("during") && b.equals("the") && DateWords.at(w, i + 2).equals("week")
                    && !used.get(i + 2) && !Set.of("of", "before", "after").contains(DateWords.at(w, i + 3))) {
                kind = DayKind.WEEKDAY;
                end = i + 3;
            }
            if (kind != null && !used.get(Math.max(0, end - 1))) {
                int start = leadingPreposition(w, i);
                return Optional.of(new DayMatch(kind, start, end, PeriodGrammar.join(w, start, end)));
            }
        }
        return Optional.empty();
    }

    /** Includes "on", "at the", "over the", "on the", "during" before the words, for the explanation. */
    private static int leadingPreposition(String[] w, int i) {
        if (w[i].equals("during")) {
            return i;
        }
        String p1 = DateWords.at(w, i - 1);
        String p2 = DateWords.at(w, i - 2);
        if (p1.equals("the") && Set.of("at", "over", "on", "during").contains(p2)) {
            return i - 2;
        }
        return Set.of("on", "during", "over").contains(p1) ? i - 1 : i;
    }
}
