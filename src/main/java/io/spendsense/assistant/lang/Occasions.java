package io.spendsense.assistant.lang;

import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import io.spendsense.domain.Period;

/**
 * Yearly atoms that are not months: the meteorological seasons (spring March–May, summer June–August, autumn / fall
 * September–November, winter December–February; "winter 2025" ends in February 2025) and the holidays (Christmas Eve
 * and Day, New Year's Eve and Day, Halloween, Valentine's Day, the Fourth of July, Boxing Day, St Patrick's Day, and
 * Thanksgiving, the fourth Thursday of November, with Black Friday and Cyber Monday after it). Without a year, past
 * bias makes each the latest one that has begun.
 */
final class Occasions {
    /** The words of a holiday (as the normalizer writes them), its month and day; day 0: see {@link #THANKSGIVING}. */
    private record Holiday(List<String> words, int month, int day) {
    }

    private static final String THANKSGIVING = "thanksgiving";
    private static final List<Holiday> HOLIDAYS = List.of(
            h("christmas eve", 12, 24), h("xmas eve", 12, 24), h("christmas day", 12, 25), h("xmas day", 12, 25),
            h("christmas", 12, 25), h("xmas", 12, 25),
            h("new year eve", 12, 31), h("new years eve", 12, 31), h("nye", 12, 31),
            h("new year day", 1, 1), h("new years day", 1, 1), h("new year", 1, 1), h("new years", 1, 1),
            h("halloween", 10, 31),
            h("valentine's day", 2, 14), h("valentines day", 2, 14), h("valentine day", 2, 14),
            h("st valentine's day", 2, 14), h("valentine's", 2, 14), h("valentines", 2, 14),
            h("independence day", 7, 4), h("fourth of july", 7, 4), h("4th of july", 7, 4),
            h("boxing day", 12, 26),
            h("st patrick's day", 3, 17), h("st patricks day", 3, 17), h("saint patrick's day", 3, 17),
            h("saint patricks day", 3, 17), h("st paddy's day", 3, 17), h("st patrick's", 3, 17),
            h("patrick's day", 3, 17), h("st paddys day", 3, 17),
            h("thanksgiving day", 11, 0), h(THANKSGIVING, 11, 0),
            // the days after Thanksgiving: day -N is N days after it
            h("black friday", 11, -1), h("cyber monday", 11, -4));
    /** Words before "fall" and "spring" that make them seasons: "in the fall", not "did my spending fall". */
    private static final Set<String> SEASON_BEFORE = Set.of("in", "during", "over", "this", "last", "since", "of",
            "early", "late", "mid", "until", "till", "from", "between", "through", "thru", "to", "and", "for", "past",
            "previous", "before", "after", "by", "vs", "versus", "than", "or", "throughout");

    /** Words after a question-initial "spring" that make it the season: "spring spending", not "spring cleaning". */
    private static final Set<String> SPENDING = Set.of("spending", "spend", "expenses", "purchases", "total",
            "totals", "bills", "costs");

    private Occasions() {
    }

    private static Holiday h(String words, int month, int day) {
        return new Holiday(List.of(words.split(" ")), month, day);
    }

    static Candidate parse(String[] w, int i) {
        return Candidate.longer(season(w, i), holiday(w, i));
    }

    /** "summer", "the fall", "winter" (a year after it is read by the grammar: "winter 2025", "the summer of 2024"). */
    private static Candidate season(String[] w, int i) {
        int k = DateWords.at(w, i).equals("the") ? i + 1 : i;
        String word = DateWords.at(w, k);
        int first = DateWords.season(word);
        if (first == 0) {
            return null;
        }
        if ((word.equals("fall") || word.equals("spring")) && !seasonInContext(w, k)) {
            return null;
        }
        // winter y is December y-1 to February y
        TimeValue value = TimeValue.yearly(Grain.SEASON, y -> {
            YearMonth start = YearMonth.of((int) y, first).minusYears(first == 12 ? 1 : 0);
            return new Period(start.atDay(1), start.plusMonths(2).atEndOfMonth());
        });
        return Candidate.calendar(value, i, k + 1, "season");
    }

    /** "in the fall", "fall 2024", "spring spending": not "did my spending fall", "a spring clean". */
    private static boolean seasonInContext(String[] w, int k) {
        int before = DateWords.at(w, k - 1).equals("the") ? k - 2 : k - 1;
        return SEASON_BEFORE.contains(DateWords.at(w, before)) || DateWords.year(w, k + 1) > 0
                || DateWords.at(w, k + 1).equals("of") && DateWords.year(w, k + 2) > 0
                || k == 0 && w[k].equals("spring") && (k + 1 == w.length || SPENDING.contains(w[k + 1]));
    }

    private static Candidate holiday(String[] w, int i) {
        int k = DateWords.at(w, i).equals("the") ? i + 1 : i;
        Candidate best = null;
        for (Holiday h : HOLIDAYS) {
            if (!startsAt(w, k, h.words())) {
                continue;
            }
            TimeValue value = h.day() > 0
                    ? AbsoluteDates.monthOfYear(h.month()).select(new Selector.DayOfMonth(h.day()))
                    : h.day() == 0
                    ? AbsoluteDates.monthOfYear(h.month()).select(new Selector.NthWeekday(4, DayOfWeek.THURSDAY))
                    : afterThanksgiving(-h.day());
            best = Candidate.longer(best, Candidate.calendar(value, i, k + h.words().size(), "holiday"));
        }
        return best;
    }

    /** Black Friday, Cyber Monday: a day a few days after Thanksgiving (the fourth Thursday of November). */
    private static TimeValue afterThanksgiving(int days) {
        return TimeValue.yearly(Grain.DAY, y -> {
            java.time.LocalDate day = java.time.YearMonth.of((int) y, 11).atDay(1)
                    .with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY))
                    .plusDays(days);
            return new Period(day, day);
        });
    }

    private static boolean startsAt(String[] w, int k, List<String> words) {
        for (int j = 0; j < words.size(); j++) {
            if (!DateWords.at(w, k + j).equals(words.get(j))) {
                return false;
            }
        }
        return true;
    }
}
