package io.spendsense.assistant.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replaces spelled-out numbers by digits ("a hundred and fifty" → 150), leaving articles and pronouns alone: "a" only
 * counts before hundred/thousand/million, and a lone "one" only before a unit ("one month", "one dollar"), so that "one
 * more" or "a month" keep their meaning. Ordinal words stay words; the period grammar reads them as day numbers.
 */
final class NumberWords {
    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Integer> SCALES = Map.of("thousand", 1_000, "million", 1_000_000);
    private static final Set<String> UNIT_ORDINALS = Set.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth");
    /** Words after which a lone "one" is a count. */
    private static final Set<String> UNITS = Set.of("day", "days", "week", "weeks", "month", "months", "year", "years",
            "quarter", "quarters", "dollar", "dollars", "buck", "bucks", "euro", "euros", "pound", "pounds", "cent",
            "cents", "time", "times", "fortnight", "half", "usd", "eur", "gbp", "$", "€", "£");

    private NumberWords() {
    }

    static List<Token> apply(List<Token> tokens) {
        var out = new ArrayList<Token>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            int yearEnd = spelledYear(tokens, i);
            if (yearEnd > i) {
                out.add(new Token(Long.toString(yearValue(tokens, i, yearEnd)), tokens.get(i).start(),
                        tokens.get(yearEnd - 1).end()));
                i = yearEnd;
                continue;
            }
            int end = scan(tokens, i);
            if (end > i) {
                long value = value(tokens, i, end);
                out.add(new Token(Long.toString(value), tokens.get(i).start(), tokens.get(end - 1).end()));
                i = end;
            } else {
                out.add(tokens.get(i));
                i++;
            }
        }
        return out;
    }

    /**
     * "nineteen ninety nine", "twenty twenty-five", "twenty twenty", "twenty oh five": a year said as two pairs of
     * digits. Returns the end (exclusive), or i when there is none.
     */
    private static int spelledYear(List<Token> tokens, int i) {
        String first = text(tokens, i);
        if (!first.equals("nineteen") && !first.equals("twenty")) {
            return i;
        }
        String a = text(tokens, i + 1);
        String b = text(tokens, i + 2);
        if (a.equals("oh") && SMALL.containsKey(b) && SMALL.get(b) > 0 && SMALL.get(b) < 10) {
            return i + 3;
        }
        if (SMALL.containsKey(a) && SMALL.get(a) >= 10) {
            return i + 2;
        }
        if (TENS.containsKey(a)) {
            // "twenty twenty first" keeps its ordinal: March twenty first, not 2020
            return SMALL.containsKey(b) && SMALL.get(b) > 0 && SMALL.get(b) < 10 ? i + 3
                    : UNIT_ORDINALS.contains(b) ? i : i + 2;
        }
        return i;
    }

    private static long yearValue(List<Token> tokens, int from, int to) {
        long century = text(tokens, from).equals("nineteen") ? 1900 : 2000;
        String a = text(tokens, from + 1);
        if (a.equals("oh")) {
            return century + SMALL.get(text(tokens, from + 2));
        }
        long rest = SMALL.containsKey(a) ? SMALL.get(a) : TENS.get(a);
        return century + rest + (to - from == 3 ? SMALL.get(text(tokens, from + 2)) : 0);
    }

    /** End (exclusive) of a number phrase starting at i, or i when there is none worth converting. */
    private static int scan(List<Token> tokens, int i) {
        String first = text(tokens, i);
        boolean article = first.equals("a") && SCALES.containsKey(text(tokens, i + 1))
                || first.equals("a") && text(tokens, i + 1).equals("hundred");
        if (!article && !isNumberWord(first)) {
            return i;
        }
        int j = i;
        String previous = "";
        while (j < tokens.size()) {
            String w = text(tokens, j);
            boolean accept;
            if (j == i) {
                accept = true;
            } else if (w.equals("and")) {
                String after = text(tokens, j + 1);
                accept = (previous.equals("hundred") || SCALES.containsKey(previous))
                        && (SMALL.containsKey(after) || TENS.containsKey(after));
            } else if (SMALL.containsKey(w)) {
                accept = TENS.containsKey(previous) && SMALL.get(w) < 10 && SMALL.get(w) > 0
                        || previous.equals("hundred") || SCALES.containsKey(previous) || previous.equals("and");
            } else if (TENS.containsKey(w)) {
                accept = previous.equals("hundred") || SCALES.containsKey(previous) || previous.equals("and");
            } else if (w.equals("hundred")) {
                accept = !previous.equals("hundred") && !SCALES.containsKey(previous) && !previous.equals("and");
            } else {
                accept = SCALES.containsKey(w) && !SCALES.containsKey(previous) && !previous.equals("and");
            }
            if (!accept) {
                break;
            }
            previous = w;
            j++;
        }
        if (previous.equals("and")) {
            j--;
        }
        // "twenty first" is an ordinal day: leave it to the period grammar
        if (TENS.containsKey(text(tokens, j - 1)) && UNIT_ORDINALS.contains(text(tokens, j))) {
            j--;
        }
        if (j == i + 1 && first.equals("one") && !UNITS.contains(text(tokens, j))) {
            return i;
        }
        if (j == i + 1 && article) {
            return i;
        }
        return j;
    }

    private static long value(List<Token> tokens, int from, int to) {
        long total = 0;
        long current = 0;
        for (int k = from; k < to; k++) {
            String w = text(tokens, k);
            if (SMALL.containsKey(w)) {
                current += SMALL.get(w);
            } else if (TENS.containsKey(w)) {
                current += TENS.get(w);
            } else if (w.equals("hundred")) {
                current = (current == 0 ? 1 : current) * 100;
            } else if (SCALES.containsKey(w)) {
                total += (current == 0 ? 1 : current) * SCALES.get(w);
                current = 0;
            }
        }
        return total + current;
    }

    private static boolean isNumberWord(String w) {
        return SMALL.containsKey(w) || TENS.containsKey(w) || w.equals("hundred") || SCALES.containsKey(w);
    }

    private static String text(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).text() : "";
    }
}
