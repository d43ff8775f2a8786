package io.spendsense.assistant.lang;

/**
 * A time value read at some token position, before it is resolved into a {@link PeriodMatch}: the words
 * {@code start} (inclusive) to {@code end} (exclusive), the rule that read them, and what a range needs to know to take
 * the missing parts of one side from the other ("from the 3rd to the 17th of last month", "Aug 8 - 12"): the day of
 * the month the value names ({@code dayOfMonth}, else 0) and the value it is a day of ({@code anchor}, null when the
 * words leave the month out). {@code calendar} is true when the words name the calendar rather than count from today
 * ("March 3", not "last week"): only those make a range with a bare "to" ("January to March").
 */
record Candidate(TimeValue value, int start, int end, String rule, int dayOfMonth, TimeValue anchor,
                 boolean calendar) {

    static Candidate of(TimeValue value, int start, int end, String rule, boolean calendar) {
        return value == null ? null : new Candidate(value, start, end, rule, 0, null, calendar);
    }

    /** A value counted from today ("last week", "3 days ago"). */
    static Candidate relative(TimeValue value, int start, int end, String rule) {
        return of(value, start, end, rule, false);
    }

    /** A value named by the calendar ("March", "2025", "Christmas"). */
    static Candidate calendar(TimeValue value, int start, int end, String rule) {
        return of(value, start, end, rule, true);
    }

    /** "the 3rd of May", "Aug 8": a day of the month of {@code anchor} (null: of any month). */
    static Candidate day(TimeValue value, int start, int end, String rule, int dayOfMonth, TimeValue anchor,
                         boolean calendar) {
        return value == null ? null : new Candidate(value, start, end, rule, dayOfMonth, anchor, calendar);
    }

    Candidate withRule(String newRule) {
        return new Candidate(value, start, end, newRule, dayOfMonth, anchor, calendar);
    }

    /** The longer of two readings at one position (the first on a tie). */
    static Candidate longer(Candidate a, Candidate b) {
        if (a == null) {
            return b;
        }
        return b != null && b.end > a.end ? b : a;
    }
}
