package io.spendsense.assistant.lang;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.function.LongFunction;

import io.spendsense.domain.Period;

/**
 * A value of the time algebra: what the words of a question say about time, before today places it.
 *
 * <ul>
 *   <li>{@link Fixed}: an interval of the calendar ("2025", "last month", "March 2026");</li>
 *   <li>{@link Cyclic}: a value that recurs every week, month or year ("Monday", "the 3rd", "March", "Christmas",
 *   "summer", "mid January"), one occurrence per number of its {@link Cycle};</li>
 *   <li>{@link None}: words that name no day at all ("the 31st of April", "the fifth Friday of February 2026"), kept
 *   with the reason so that the assistant can say so instead of guessing.</li>
 * </ul>
 *
 * Operators build values from values: {@link #select} (the 3rd of, the last Friday of, early, the weekend of, ...),
 * {@link #inYear}, {@link #thisOne} and {@link #lastOne}, {@link #span} and {@link #since}. One resolution policy,
 * past bias, turns a value into a period: a cyclic value is its latest occurrence that has begun ({@link #resolve}).
 */
sealed interface TimeValue {
    Grain grain();

    /** An interval fixed on the calendar. */
    record Fixed(Period period, Grain grain) implements TimeValue {
    }

    /** A value with one occurrence per week, month or year; an occurrence is null where there is none (Feb 29). */
    record Cyclic(Cycle cycle, Grain grain, LongFunction<Period> occurrence) implements TimeValue {
        Period at(long i) {
            try {
                Period p = occurrence.apply(i);
                return p == null || p.from().getYear() < DateWords.MIN_YEAR - 1
                        || p.to().getYear() > DateWords.MAX_YEAR + 1 ? null : p;
            } catch (DateTimeException | ArithmeticException | IllegalArgumentException e) {
                return null;
            }
        }
    }

    /** Words that name no day; {@code why} says why ("February 2026 has no 30th"). */
    record None(String why, Grain grain) implements TimeValue {
    }

    static TimeValue fixed(Period p, Grain grain) {
        return p == null ? null : new Fixed(p, grain);
    }

    static TimeValue yearly(Grain grain, LongFunction<Period> occurrence) {
        return new Cyclic(Cycle.YEAR, grain, occurrence);
    }

    /** Past bias: a fixed value is itself, a cyclic one its latest occurrence that has begun; null for no day. */
    default Period resolve(LocalDate today) {
        if (this instanceof Fixed f) {
            return f.period();
        }
        if (this instanceof Cyclic c) {
            long now = c.cycle().index(today);
            for (long i = now + 1; i >= now - c.cycle().lookBack; i--) {
                Period p = c.at(i);
                if (p != null && !p.from().isAfter(today)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** The part the selector takes of this value ("the 20th of" last month); null when it does not apply. */
    default TimeValue select(Selector s) {
        if (this instanceof None || !s.accepts(grain())) {
            return this instanceof None ? this : null;
        }
        if (this instanceof Fixed f) {
            Period p = s.apply(f.period(), f.grain());
            return p == null ? new None(s.whyNot(f.period(), f.grain()), s.grain()) : new Fixed(p, s.grain());
        }
        var c = (Cyclic) this;
        return new Cyclic(c.cycle(), s.grain(), i -> {
            Period a = c.at(i);
            return a == null ? null : s.apply(a, c.grain());
        });
    }

    /** The days just before or after a day value: "the day after Christmas" (days 1), "the week before" (7). */
    default TimeValue beside(int days, boolean after) {
        if (grain() != Grain.DAY || this instanceof None) {
            return this instanceof None ? this : null;
        }
        java.util.function.UnaryOperator<Period> move = p -> after
                ? new Period(p.to().plusDays(1), p.to().plusDays(days))
                : new Period(p.from().minusDays(days), p.from().minusDays(1));
        Grain g = days == 1 ? Grain.DAY : Grain.SPAN;
        if (this instanceof Fixed f) {
            return new Fixed(move.apply(f.period()), g);
        }
        var c = (Cyclic) this;
        return new Cyclic(c.cycle(), g, i -> {
            Period p = c.at(i);
            return p == null ? null : move.apply(p);
        });
    }

    /** A yearly value in a year ("winter 2025", "Christmas Eve 2024"); null when the value is not yearly. */
    default TimeValue inYear(int year) {
        if (!(this instanceof Cyclic c) || c.cycle() != Cycle.YEAR) {
            return this instanceof None ? this : null;
        }
        Period p = c.at(year);
        return p == null ? new None("there is no such day in " + year, grain()) : new Fixed(p, grain());
    }

    /** "this March", "this summer", "this Monday": the occurrence containing today, else the current one. */
    default TimeValue thisOne(LocalDate today) {
        if (!(this instanceof Cyclic c)) {
            return null;
        }
        long i = thisIndex(c, today);
        Period p = c.at(i);
        return p == null ? new None("there is no such day this " + c.cycle().name().toLowerCase(), grain())
                : new Fixed(p, grain());
    }

    /**
     * "last September", "last summer": the occurrence a year before {@link #thisOne} (the contract's "that month of
     * last year"); "last Monday": the latest one before today.
     */
    default TimeValue lastOne(LocalDate today) {
        if (!(this instanceof Cyclic c) || c.cycle() == Cycle.MONTH) {
            return null;
        }
        if (c.cycle() == Cycle.YEAR) {
            Period p = c.at(thisIndex(c, today) - 1);
            return p == null ? new None("there was no such day last year", grain()) : new Fixed(p, grain());
        }
        long now = c.cycle().index(today);
        for (long i = now; i >= now - c.cycle().lookBack; i--) {
            Period p = c.at(i);
            if (p != null && p.to().isBefore(today)) {
                return new Fixed(p, grain());
            }
        }
        return null;
    }

    private static long thisIndex(Cyclic c, LocalDate today) {
        long now = c.cycle().index(today);
        for (long i = now - 1; i <= now + 1; i++) {
            Period p = c.at(i);
            if (p != null && p.contains(today)) {
                return i;
            }
        }
        return now;
    }

    /**
     * From the start of x to the end of y. A fixed side places a cyclic one next to it (x: its latest occurrence that
     * starts by the end of y; y: its first occurrence that ends after x starts); two cyclic values of one cycle
     * recur together, y moving to the next occurrence when it would end before x starts ("from Dec 24 to Jan 2").
     */
    static TimeValue span(TimeValue x, TimeValue y, LocalDate today) {
        if (x == null || y == null) {
            return null;
        }
        if (x instanceof None || y instanceof None) {
            return x instanceof None ? x : y;
        }
        if (x instanceof Cyclic cx && y instanceof Cyclic cy && cx.cycle() == cy.cycle()) {
            return new Cyclic(cx.cycle(), Grain.SPAN, i -> {
                Period a = cx.at(i);
                Period b = cy.at(i);
                if (a != null && b != null && b.to().isBefore(a.from())) {
                    b = cy.at(i + 1);
                }
                return a == null || b == null || b.to().isBefore(a.from()) ? null : new Period(a.from(), b.to());
            });
        }
        if (x instanceof Cyclic && y instanceof Cyclic) {
            y = fixed(y.resolve(today), y.grain());
            if (y == null) {
                return null;
            }
        }
        Period to = y instanceof Fixed fy ? fy.period() : null;
        Period from = x instanceof Fixed fx ? fx.period() : null;
        if (from == null) {
            var cx = (Cyclic) x;
            for (long i = cx.cycle().index(to.to()) + 1, n = i - cx.cycle().lookBack; from == null && i >= n; i--) {
                Period p = cx.at(i);
                from = p != null && !p.from().isAfter(to.to()) ? p : null;
            }
        } else if (to == null) {
            var cy = (Cyclic) y;
            for (long j = cy.cycle().index(from.from()) - 1, n = j + cy.cycle().lookBack; to == null && j <= n; j++) {
                Period p = cy.at(j);
                to = p != null && !p.to().isBefore(from.from()) ? p : null;
            }
        }
        if (from == null || to == null || to.to().isBefore(from.from())) {
            return null;
        }
        return new Fixed(new Period(from.from(), to.to()), Grain.SPAN);
    }

    /** "since X": from the start of X to today; null when X has not begun. */
    static TimeValue since(TimeValue x, LocalDate today) {
        if (x == null || x instanceof None) {
            return x;
        }
        Period p = x.resolve(today);
        return p == null || p.from().isAfter(today) ? null : new Fixed(new Period(p.from(), today), Grain.SPAN);
    }
}
