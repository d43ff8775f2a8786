package io.spendsense.assistant.lang;

/**
 * What a time value is made of, so that an operator can tell whether it applies: "the 20th of" needs a month, "early"
 * a week, month, quarter or year, "the weekend of" a day or a week.
 */
enum Grain {
    DAY, WEEK, MONTH, QUARTER, HALF, SEASON, YEAR, SPAN;

    /** Whether the value spans at least a month (a month, quarter, half, season or year). */
    boolean monthOrLonger() {
        return this == MONTH || this == QUARTER || this == HALF || this == SEASON || this == YEAR;
    }
}
