package io.spendsense.assistant.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** Whatever is typed, the language layer answers quickly and never throws. */
class LanguageLayerPropertiesTest {
    private static final List<String> VOCABULARY = List.of("last", "past", "this", "next", "the", "of", "in", "on",
            "since", "between", "and", "from", "to", "through", "so", "far", "year", "month", "week", "day", "days",
            "weeks", "months", "years", "quarter", "half", "first", "second", "third", "twenty", "thirty", "one", "a",
            "hundred", "thousand", "march", "may", "feb", "dec", "sat", "monday", "weekend", "weekends", "weekdays",
            "q4", "h1", "2025", "1900", "2100", "9999", "0", "29", "31", "32", "12/2025", "03/14/2026", "2026-02-30",
            "14.03.2026", "99/99/9999", "$", "$5", "100$", "+", "over", "under", "at least", "or more", "before",
            "after", "earlier", "ago", "yesterday", "today", "ytd", "to date", "fortnight", "99999999999",
            "early", "mid", "late", "end", "beginning", "start", "middle", "weekend of", "christmas", "eve",
            "new year's", "summer", "winter", "fall", "thursdays", "wk", "mos", "qtr", "'25", "-", "–", "2025/11",
            "twenty twenty", "fifth", "last friday of", "the 31st", "same", "day after", "02/29", "feb 30",
            "1,250.50", "twelve", "’s", "didn't", "€", "£", "usd", "bucks", "during", "at", "business");

    @Property(tries = 300)
    void arbitraryTextNeverThrows(@ForAll @StringLength(max = 300) String text) {
        runEverything(text, LocalDate.of(2026, 3, 20));
    }

    @Property(tries = 500)
    void sentencesOfDateWordsNeverThrow(@ForAll("sentences") String text, @ForAll("days") LocalDate today) {
        runEverything(text, today);
    }

    @Property(tries = 10)
    void hugeInputIsReadWithoutFailing(@ForAll("sentences") String text, @ForAll @IntRange(min = 1, max = 5) int k) {
        String huge = (text + " ").repeat(100_000 / Math.max(1, text.length()) * k + 1);
        // Speed is measured by the bench-assistant command, not asserted here (timed tests are flaky on CI).
        runEverything(huge, LocalDate.of(2026, 3, 20));
    }

    @Property(tries = 200)
    void tokensStayInsideTheOriginalText(@ForAll @StringLength(max = 200) String text) {
        var q = Normalizer.normalize(text);
        for (Token t : q.tokens()) {
            assertThat(t.text()).isNotEmpty();
            assertThat(t.start()).isBetween(0, text.length());
            assertThat(t.end()).isBetween(t.start(), text.length());
        }
        assertThat(q.text()).isEqualTo(String.join(" ", q.words()));
    }

    @Provide
    Arbitrary<String> sentences() {
        return Arbitraries.of(VOCABULARY).list().ofMaxSize(12).map(words -> String.join(" ", words));
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 365 * 200).map(d -> LocalDate.of(1900, 1, 1).plusDays(d));
    }

    private static void runEverything(String text, LocalDate today) {
        var tokens = Normalizer.normalize(text).tokens();
        var grammar = new PeriodGrammar(today);
        var periods = grammar.findAll(tokens);
        for (PeriodMatch p : periods) {
            assertThat(p.startToken()).isLessThan(p.endToken());
            assertThat(p.endToken()).isLessThanOrEqualTo(tokens.size());
        }
        grammar.shiftPrevious(tokens, io.spendsense.domain.Period.month(java.time.YearMonth.from(today)));
        grammar.shiftPrevious(tokens, io.spendsense.domain.Period.day(today));
        new AmountFilters().find(tokens, periods);
        new AmountFilters().find(tokens);
        new DayFilters().find(tokens, periods);
        new DayFilters().find(tokens);
        new ReceiptFilters().find(tokens, periods);
        new ReceiptFilters().find(tokens);
    }
}
