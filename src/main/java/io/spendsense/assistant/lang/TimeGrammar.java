package io.spendsense.assistant.lang;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the time value that starts at a token: the longest of the atoms ({@link RelativePeriods},
 * {@link AbsoluteDates}, {@link Occasions}) and the operators over them ({@link TimeOperators}), then a year after a
 * yearly value ("winter 2025", "Christmas Eve 2024"). Operators nest a few levels at most ("the first day of the last
 * week of 2025"), and each position is read once per level, so a sentence is read in linear time.
 *
 * <p>The grammar sees the words with abbreviations written out ("wk", "mo", "yr", "qtr") and years after an apostrophe
 * made whole ("'25" is the latest year ending in 25 that is not after this year).
 */
final class TimeGrammar {
    private static final int MAX_DEPTH = 3;
    private static final Map<String, String> UNIT_ABBREVIATIONS = Map.ofEntries(
            Map.entry("wk", "week"), Map.entry("wks", "weeks"), Map.entry("mo", "month"), Map.entry("mos", "months"),
            Map.entry("mth", "month"), Map.entry("mths", "months"), Map.entry("mnth", "month"),
            Map.entry("mnths", "months"), Map.entry("yr", "year"), Map.entry("yrs", "years"),
            Map.entry("qtr", "quarter"), Map.entry("qtrs", "quarters"));

    private final LocalDate today;
    private final String[] w;
    private final AbsoluteDates absolute;
    private final RelativePeriods relative;
    private final TimeOperators operators;
    private final Map<Long, Optional<Candidate>> memo = new HashMap<>();

    TimeGrammar(LocalDate today, String[] words) {
        this.today = today;
        this.w = view(words, today);
        this.absolute = new AbsoluteDates(today);
        this.relative = new RelativePeriods(today, this::cyclicAt);
        this.operators = new TimeOperators(this);
    }

    String[] words() {
        return w;
    }

    LocalDate today() {
        return today;
    }

    RelativePeriods relative() {
        return relative;
    }

    Candidate expr(int i) {
        return expr(i, 0);
    }

    /** The longest time value starting at token i, or null. */
    Candidate expr(int i, int depth) {
        if (i < 0 || i >= w.length) {
            return null;
        }
        long key = i * 8L + depth;
        Optional<Candidate> known = memo.get(key);
        if (known != null) {
            return known.orElse(null);
        }
        Candidate best = relative.parse(w, i);
        best = Candidate.longer(best, absolute.parse(w, i));
        best = Candidate.longer(best, Occasions.parse(w, i));
        if (depth < MAX_DEPTH) {
            best = Candidate.longer(best, operators.parse(i, depth + 1));
        }
        best = withYear(best);
        memo.put(key, Optional.ofNullable(best));
        return best;
    }

    /** A cyclic value of the calendar at i ("march", "summer", "monday", "christmas"), for "this" and "last". */
    private Candidate cyclicAt(int i) {
        Candidate c = Candidate.longer(absolute.parse(w, i), Occasions.parse(w, i));
        return c != null && c.value() instanceof TimeValue.Cyclic ? c : null;
    }

    /** "winter 2025", "the summer of 2024", "christmas eve 2024", "valentine's day of last year". */
    private Candidate withYear(Candidate c) {
        if (c == null || !(c.value() instanceof TimeValue.Cyclic cyclic) || cyclic.cycle() != Cycle.YEAR) {
            return c;
        }
        boolean of = DateWords.at(w, c.end()).equals("of");
        int k = of ? c.end() + 1 : c.end();
        int[] year = absolute.yearReference(w, k);
        // "March last year", "the summer of 2024"; not "the same month the year before"
        if (year == null || !of && DateWords.at(w, k).equals("the")) {
            return c;
        }
        TimeValue anchor = c.anchor() == null ? null : c.anchor().inYear(year[0]);
        String rule = switch (c.rule()) {
            case "month-name-alone" -> "month-year";
            case "quarter-alone" -> "quarter-year";
            case "half-alone" -> "half-year";
            case "month-day", "day-month" -> c.rule() + "-year";
            default -> c.rule().endsWith("-year") ? c.rule() : c.rule() + "-year";
        };
        return new Candidate(c.value().inYear(year[0]), c.start(), year[1], rule, c.dayOfMonth(), anchor,
                c.calendar());
    }

    /** The words as the grammar reads them: abbreviations written out, "'25" as a whole year. */
    private static String[] view(String[] words, LocalDate today) {
        String[] v = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            String t = words[i];
            if (t.length() == 3 && t.charAt(0) == '\'' && Character.isDigit(t.charAt(1))
                    && Character.isDigit(t.charAt(2))) {
                t = String.valueOf(DateWords.latestYearEndingIn(Integer.parseInt(t.substring(1)), today));
            }
            String typo = UNIT_ABBREVIATIONS.containsKey(t) ? null : DateWords.misspelt(t);
            v[i] = typo != null ? typo : UNIT_ABBREVIATIONS.getOrDefault(t, t);
        }
        return v;
    }

    /**
     * What the grammar read as a misspelt month or weekday between two tokens ("typo 'novmber' of 'november'"), or
     * empty when every word there was spelt right.
     */
    String typos(String[] original, int from, int to) {
        var out = new StringBuilder();
        for (int i = from; i < to && i < w.length; i++) {
            if (!w[i].equals(original[i]) && DateWords.misspelt(original[i]) != null) {
                out.append(out.isEmpty() ? "" : ", ").append("typo '").append(original[i]).append("' of '")
                        .append(w[i]).append("'");
            }
        }
        return out.toString();
    }
}
