package io.spendsense.assistant.lang;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.spendsense.domain.Period;

/**
 * Finds the periods in a normalized question, following the "Periods" table of the assistant contract. Relative
 * expressions count from {@code today}, which the caller derives from its injected clock.
 *
 * <p>The words are read by a small time algebra ({@link TimeValue}, {@link TimeGrammar}): atoms (a year, a month, a
 * day, a week, a quarter, a season, a holiday, "last month", "3 days ago"), operators over them (the 20th of, the last
 * Friday of, early / mid / late, the weekend of, this / last), and here the ranges between two values ("between X
 * and Y", "from X to Y", "X - Y", "since X"), where a side that leaves out the month or the year takes it from the
 * other. One policy, past bias, then places each value: the latest occurrence that has begun.
 *
 * <p>Run it before {@link AmountFilters} and {@link DayFilters}, and hand them the matches, so that a year or a day
 * number is not also read as an amount and "last weekend" is not also a weekend filter.
 */
public final class PeriodGrammar {
    private static final Set<String> RANGE_TO = Set.of("to", "through", "thru", "till", "until");

    private final LocalDate today;

    public PeriodGrammar(LocalDate today) {
        this.today = Objects.requireNonNull(today, "today");
    }

    /** The periods and the dates that do not exist, in sentence order. */
    public record Scan(List<PeriodMatch> periods, List<NoSuchDate> noSuchDates) {
        public Scan {
            periods = List.copyOf(periods);
            noSuchDates = List.copyOf(noSuchDates);
        }
    }

    /** Every period in the sentence, in sentence order, not overlapping, the longest reading winning at each place. */
    public List<PeriodMatch> findAll(List<Token> tokens) {
        return scan(tokens).periods();
    }

    /**
     * As {@link #findAll}, and the words that name a date that does not exist ("the 31st of last month" in a 30-day
     * month): those are no period, and their words are not read again as a shorter one ("last month").
     */
    public Scan scan(List<Token> tokens) {
        String[] original = words(tokens);
        var g = new TimeGrammar(today, original);
        var found = new ArrayList<PeriodMatch>();
        var impossible = new ArrayList<NoSuchDate>();
        int i = 0;
        while (i < original.length) {
            Candidate c = range(g, i);
            if (c == null) {
                c = g.expr(i);
            }
            if (c == null) {
                i++;
                continue;
            }
            Period p = c.value().resolve(today);
            String text = join(original, c.start(), c.end());
            if (p != null) {
                String typos = g.typos(original, c.start(), c.end());
                found.add(new PeriodMatch(p, c.start(), c.end(), text, typos.isEmpty() ? c.rule()
                        : c.rule() + ", " + typos));
            } else if (c.value() instanceof TimeValue.None none) {
                impossible.add(new NoSuchDate(c.start(), c.end(), text, none.why()));
            } else {
                impossible.add(new NoSuchDate(c.start(), c.end(), text, "there is no such date"));
            }
            i = c.end();
        }
        return new Scan(found, impossible);
    }

    /** The first period in the sentence, if any. */
    public Optional<PeriodMatch> findFirst(List<Token> tokens) {
        List<PeriodMatch> all = findAll(tokens);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * A follow-up such as "the month before", "a year earlier" or "the same month last year", applied to the previous
     * question's period. Empty when there is no such phrase, or no previous period to move. When a conversation has a
     * previous period, call this before {@link #findAll}: "the previous month" then means the month before the one
     * just discussed.
     */
    public Optional<PeriodMatch> shiftPrevious(List<Token> tokens, Period previous) {
        String[] w = words(tokens);
        Optional<PeriodMatch> shift = PeriodShift.find(w, previous);
        // "the day after Christmas" names its own day: not a move of the previous period
        if (shift.isPresent() && new TimeGrammar(today, w).expr(shift.get().endToken()) != null) {
            return Optional.empty();
        }
        return shift;
    }

    /** "between X and Y", "from X to Y", "X through Y", "X - Y", "since X". */
    private Candidate range(TimeGrammar g, int i) {
        String[] w = g.words();
        String a = w[i];
        if (a.equals("since")) {
            Candidate x = g.expr(i + 1);
            return x == null ? null : Candidate.relative(TimeValue.since(x.value(), today), i, x.end(), "since");
        }
        if (a.equals("between") || a.equals("from")) {
            Candidate x = side(g, i + 1);
            if (x == null) {
                return null;
            }
            String joiner = DateWords.at(w, x.end());
            // "between Jan 5 - Feb 3" joins with a dash too
            boolean joins = a.equals("between") && joiner.equals("and") || RANGE_TO.contains(joiner);
            return joins ? span(g, x, x.end() + 1, i, a.equals("between") ? "between" : "from-to") : null;
        }
        Candidate x = side(g, i);
        if (x != null && x.calendar() && RANGE_TO.contains(DateWords.at(w, x.end()))) {
            Candidate s = span(g, x, x.end() + 1, i, "x-to-y");
            // "2025 to 2024" is a comparison, not a range: a bare "to" only joins when it reads forwards
            return s != null && s.calendar() ? s : null;
        }
        return null;
    }

    /** One side of a range: a time value, or a bare day number ("3 to 12 of Sept"). */
    private static Candidate side(TimeGrammar g, int k) {
        Candidate c = g.expr(k);
        int[] day = c == null ? DateWords.dayNumber(g.words(), k) : null;
        return day == null ? c : Candidate.day(new TimeValue.None("no month", Grain.DAY), k, day[1], "day-number",
                day[0], null, true);
    }

    /**
     * From the start of x to the end of y. A side that names a day without its month takes the month (and the year)
     * of the other: "from the 3rd to the 17th of last month", "Aug 8 - 12", "between may 3 and 9 2025".
     */
    private Candidate span(TimeGrammar g, Candidate x, int yAt, int start, String rule) {
        String[] w = g.words();
        Candidate y = side(g, yAt);
        if (y == null) {
            return null;
        }
        TimeValue xv = x.value();
        TimeValue yv = y.value();
        int end = y.end();
        boolean bareX = x.dayOfMonth() > 0 && x.anchor() == null;
        boolean bareY = y.dayOfMonth() > 0 && y.anchor() == null;
        if (bareY && x.anchor() != null) {
            TimeValue anchor = x.anchor();
            int year = DateWords.year(w, end);
            if (year > 0 && anchor.inYear(year) != null) {
                // "between may 3 and 9 2025": the year is both sides'
                anchor = anchor.inYear(year);
                xv = anchor.select(new Selector.DayOfMonth(x.dayOfMonth()));
                end++;
            }
            yv = anchor.select(new Selector.DayOfMonth(y.dayOfMonth()));
        } else if (bareX && y.anchor() != null) {
            xv = y.anchor().select(new Selector.DayOfMonth(x.dayOfMonth()));
        } else if (x.rule().equals("day-number") || y.rule().equals("day-number")) {
            return null;
        }
        TimeValue value = TimeValue.span(xv, yv, today);
        boolean calendar = x.calendar() && y.calendar();
        return value == null ? null : Candidate.of(value, start, end, rule, calendar);
    }

    /**
     * Whether a word no rule read looks like a misspelt month or weekday ("novmbr", "wensday"): a date the question
     * meant but that could not be read, so no answer should silently cover another period.
     */
    public static boolean looksLikeDate(String word) {
        return DateWords.nearDateWord(word);
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
