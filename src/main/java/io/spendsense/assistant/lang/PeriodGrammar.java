package io.spendsense.assistant.lang;

import io.spendsense.domain.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the periods in a normalized question, following the "Periods" table of the assistant contract. Relative
 * expressions count from {@code today}, which the caller derives from its injected clock.
 *
 * <p>Run it before {@link AmountFilters} and {@link DayFilters}, and hand them the matches, so that a year or a day
 * number is not also read as an amount and "last weekend" is not also a weekend filter.
 */
public final class PeriodGrammar {
    private static final Set<String> RANGE_TO = Set.of("to", "through", "thru", "till", "until");

    private final LocalDate today;
    private final AbsoluteDates absolute;
    private final RelativePeriods relative;

    public PeriodGrammar(LocalDate today) {
        this.today = Objects.requireNonNull(today, "today");
        this.absolute = new AbsoluteDates(today);
        this.relative = new RelativePeriods(today);
    }

    /** Every period in the sentence, in sentence order, not overlapping, the longest reading winning at each place. */
    public List<PeriodMatch> findAll(List<Token> tokens) {
        String[] w = words(tokens);
        var found = new ArrayList<PeriodMatch>();
        int i = 0;
        while (i < w.length) {
            Candidate c = range(w, i);
            if (c == null) {
                c = single(w, i);
            }
            if (c == null || c.period() == null) {
                i++;
                continue;
            }
            found.add(new PeriodMatch(c.period(), c.start(), c.end(), join(w, c.start(), c.end()), c.rule()));
            i = c.end();
        }
        return found;
    }

    /** The first period in the sentence, if any. */
    public Optional<PeriodMatch> findFirst(List<Token> tokens) {
        List<PeriodMatch> all = findAll(tokens);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * A follow-up such as "the month before" or "a year earlier", applied to the previous question's period. Empty
     * when there is no such phrase, or no previous period to move. When a conversation has a previous period, call
     * this before {@link #findAll}: "the previous month" then means the month before the one just discussed.
     */
    public Optional<PeriodMatch> shiftPrevious(List<Token> tokens, Period previous) {
        return PeriodShift.find(words(tokens), previous);
    }

    private Candidate single(String[] w, int i) {
        return single(w, i, 0);
    }

    private Candidate single(String[] w, int i, int depth) {
        Candidate c = Candidate.longer(relative.parse(w, i), absolute.parse(w, i));
        // "the first day of the last week of 2025" nests twice at most, which keeps the search linear
        return depth < 2 ? Candidate.longer(c, partOf(w, i, depth + 1)) : c;
    }

    /** "march 1 to 15", "between may 3 and 9 2025": a bare day number after a day means the same month. */
    private static Candidate sameMonth(Candidate x, String[] w, int k) {
        int[] day = DateWords.dayNumber(w, k);
        if (x == null || day == null || x.period().days() != 1) {
            return null;
        }
        LocalDate first = x.period().from();
        int year = DateWords.year(w, day[1]);
        int end = year > 0 ? day[1] + 1 : day[1];
        int month = first.getMonthValue();
        int dayOfMonth = day[0];
        LocalDate date = DateWords.dateOrNull(year > 0 ? year : first.getYear(), month, dayOfMonth);
        if (date == null) {
            return null;
        }
        return new Candidate(Period.day(date), k, end, "same-month-day", year > 0 ? year : 0, y -> {
            LocalDate d = DateWords.dateOrNull(y, month, dayOfMonth);
            return d == null ? null : Period.day(d);
        });
    }

    /** "the first week of march", "the last day of last month", "the last quarter of 2025". */
    private Candidate partOf(String[] w, int i, int depth) {
        int k = DateWords.at(w, i).equals("the") ? i + 1 : i;
        String which = DateWords.at(w, k);
        String unit = DateWords.at(w, k + 1);
        if (!(which.equals("first") || which.equals("last")) || !DateWords.at(w, k + 2).equals("of")
                || !Set.of("day", "week", "month", "quarter").contains(unit)) {
            return null;
        }
        Candidate whole = single(w, k + 3, depth);
        if (whole == null || whole.period().days() < 2) {
            return null;
        }
        Period p = whole.period();
        boolean first = which.equals("first");
        LocalDate edge = first ? p.from() : p.to();
        Period part = switch (unit) {
            case "day" -> Period.day(edge);
            case "week" -> first ? new Period(edge, min(edge.plusDays(6), p.to()))
                    : new Period(max(edge.minusDays(6), p.from()), edge);
            case "month" -> Period.month(java.time.YearMonth.from(edge));
            default -> Period.quarter(edge.getYear(), edge.get(java.time.temporal.IsoFields.QUARTER_OF_YEAR));
        };
        if (part.days() >= p.days()) {
            return null;
        }
        return new Candidate(part, i, whole.end(), which + "-" + unit + "-of", 0, null);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** "between X and Y", "from X to Y", "X through Y", "since X". */
    private Candidate range(String[] w, int i) {
        String a = w[i];
        if (a.equals("since")) {
            return since(w, i);
        }
        if (a.equals("between") || a.equals("from")) {
            Candidate x = single(w, i + 1);
            if (x == null) {
                return null;
            }
            String joiner = DateWords.at(w, x.end());
            boolean joins = a.equals("between") ? joiner.equals("and") : RANGE_TO.contains(joiner);
            if (!joins) {
                return null;
            }
            Candidate y = Candidate.longer(single(w, x.end() + 1), sameMonth(x, w, x.end() + 1));
            return span(x, y, i, a.equals("between") ? "between" : "from-to");
        }
        Candidate x = absolute.parse(w, i);
        if (x != null && RANGE_TO.contains(DateWords.at(w, x.end()))) {
            Candidate y = Candidate.longer(absolute.parse(w, x.end() + 1), sameMonth(x, w, x.end() + 1));
            Candidate s = span(x, y, i, "x-to-y");
            // "2025 to 2024" is a comparison, not a range: only accept a bare "to" when it reads forwards
            return s == null ? null : Candidate.longer(s, single(w, i));
        }
        return null;
    }

    private Candidate since(String[] w, int i) {
        int k = i + 1;
        if (DateWords.at(w, k).equals("the") && Set.of("start", "beginning").contains(DateWords.at(w, k + 1))
                && DateWords.at(w, k + 2).equals("of")) {
            k += 3;
            String unit = DateWords.at(w, k + 1);
            if (Set.of("the", "this").contains(DateWords.at(w, k)) && Set.of("week", "month", "quarter", "year")
                    .contains(unit)) {
                Candidate c = relative.parse(new String[] {"this", unit}, 0);
                return new Candidate(new Period(c.period().from(), today), i, k + 2, "since", 0, null);
            }
        }
        Candidate x = single(w, k);
        if (x == null || x.period().from() == null || x.period().from().isAfter(today)) {
            return null;
        }
        return new Candidate(new Period(x.period().from(), today), i, x.end(), "since", 0, null);
    }

    /**
     * From the start of x to the end of y. A year written only after y applies to x too ("from January to February
     * 2026"); if x would then start after y ends, x is the year before ("from November to February 2026").
     */
    private static Candidate span(Candidate x, Candidate y, int start, String rule) {
        if (x == null || y == null) {
            return null;
        }
        if (x.relocatable() && y.year() > 0) {
            Candidate moved = x.inYear(y.year());
            if (moved != null && moved.period().from().isAfter(y.period().to())) {
                moved = x.inYear(y.year() - 1);
            }
            x = moved == null ? x : moved;
        }
        if (x.period().from().isAfter(y.period().to())) {
            // "from march 25 to april 2" read in late March: move the side without a year, x back before y forward
            Candidate fixed = x.relocatable() ? x.inYear(y.period().to().getYear()) : null;
            if (fixed != null && fixed.period().from().isAfter(y.period().to())) {
                fixed = x.inYear(y.period().to().getYear() - 1);
            }
            if (fixed != null && !fixed.period().from().isAfter(y.period().to())) {
                x = fixed;
            } else if (y.relocatable()) {
                Candidate later = y.inYear(x.period().from().getYear());
                if (later != null && later.period().to().isBefore(x.period().from())) {
                    later = y.inYear(x.period().from().getYear() + 1);
                }
                y = later == null ? y : later;
            }
            if (x.period().from().isAfter(y.period().to())) {
                return null;
            }
        }
        return new Candidate(new Period(x.period().from(), y.period().to()), start, y.end(), rule, 0, null);
    }

    static String[] words(List<Token> tokens) {
        String[] w = new String[tokens == null ? 0 : tokens.size()];
        for (int i = 0; i < w.length; i++) {
            Token t = tokens.get(i);
            w[i] = t == null || t.text() == null ? "" : t.text();
        }
        return w;
    }

    static String join(String[] w, int from, int to) {
        return String.join(" ", java.util.Arrays.asList(w).subList(from, to));
    }
}
