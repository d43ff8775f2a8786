package io.spendsense.assistant.lang;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.Set;

/** The calendar vocabulary shared by the period rules: month, weekday and ordinal words, years, day numbers. */
final class DateWords {
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
    /** Month words that are also common English words ("may I", "march on", "mar"). */
    private static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "march", "mar");
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("mon", DayOfWeek.MONDAY),
            Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("tues", DayOfWeek.TUESDAY),
            Map.entry("wed", DayOfWeek.WEDNESDAY), Map.entry("weds", DayOfWeek.WEDNESDAY),
            Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("thur", DayOfWeek.THURSDAY),
            Map.entry("thurs", DayOfWeek.THURSDAY), Map.entry("fri", DayOfWeek.FRIDAY),
            Map.entry("sat", DayOfWeek.SATURDAY), Map.entry("sun", DayOfWeek.SUNDAY));
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30));
    /** Words before which an ambiguous month word or weekday abbreviation is read as a date. */
    static final Set<String> DATE_PREPOSITIONS = Set.of("in", "of", "since", "during", "from", "until", "till",
            "between", "for", "last", "this", "next", "on", "to", "through", "thru", "and", "than", "vs", "versus",
            "about", "before", "after", "by", "early", "late", "mid", "or", "past", "previous");
    /** Words before a number that make it an amount, not a year or a day. */
    private static final Set<String> AMOUNT_WORDS = Set.of("over", "under", "above", "below", "exceeding", "than",
            "least", "most", "maximum", "minimum", "max", "min", "spent", "paid", "pay", "cost", "costs",
            "costing", "of", "upwards", "excess");
    private static final Set<String> CURRENCY_WORDS = Set.of("dollars", "euros", "pounds", "yen", "cents");

    private DateWords() {
    }

    /**
     * Month and weekday names long enough that a word one or two letters off is a typo of them ("novmber", "febuary",
     * "septmber", "wensday"); "march", "may", "june" and "july" are too close to ordinary words.
     */
    private static final java.util.List<String> SPELLED = java.util.List.of("january", "february", "april", "august",
            "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /** Ordinary words one letter off a weekday: "a sundae", "sundry expenses". */
    private static final Set<String> NOT_TYPOS = Set.of("sundae", "sundaes", "sundry", "sundries");

    /**
     * The month or weekday name that a word of 5 letters or more misspells (same first letter, Damerau-Levenshtein
     * distance 1 up to 7 letters, 2 from 8, as for category typos; not a plural such as "mondays"), or null when it
     * is none, is spelt right, or could be two of them.
     */
    static String misspelt(String w) {
        if (NOT_TYPOS.contains(w) || w.length() < 5 || MONTHS.containsKey(w) || WEEKDAYS.containsKey(w)
                || !w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return null;
        }
        String found = null;
        for (String name : SPELLED) {
            if (name.charAt(0) != w.charAt(0) || w.equals(name + "s")) {
                continue;
            }
            int allowed = Math.min(EditDistance.allowedFor(name.length()), EditDistance.allowedFor(w.length()));
            if (EditDistance.within(w, name, allowed) <= allowed) {
                if (found != null) {
                    return null;
                }
                found = name;
            }
        }
        return found;
    }

    /**
     * Whether a word that was not read looks like a misspelt month or weekday all the same ("novmbr", "wensday"):
     * 4 letters or more, same first letter and within 2 edits of a name, so that it is reported as a date not
     * understood rather than read as a place or a payee.
     */
    static boolean nearDateWord(String w) {
        if (NOT_TYPOS.contains(w) || w.length() < 4 || !w.chars().allMatch(c -> c >= 'a' && c <= 'z')
                || MONTHS.containsKey(w) || WEEKDAYS.containsKey(w)) {
            return false;
        }
        for (String name : SPELLED) {
            if (name.charAt(0) == w.charAt(0) && !w.equals(name + "s") && EditDistance.within(w, name, 2) <= 2) {
                return true;
            }
        }
        return false;
    }

    static int month(String w) {
        return MONTHS.getOrDefault(w, 0);
    }

    static boolean isAmbiguousMonth(String w) {
        return AMBIGUOUS_MONTHS.contains(w);
    }

    static DayOfWeek weekday(String w) {
        return WEEKDAYS.get(w);
    }

    /** "mondays", "thursdays" (for "2 Thursdays ago"); null for anything else. */
    static DayOfWeek weekdays(String w) {
        return w.endsWith("days") ? WEEKDAYS.get(w.substring(0, w.length() - 1)) : null;
    }

    /** The first month of a meteorological season ("fall" and "autumn" are one), or 0. */
    static int season(String w) {
        return switch (w) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "autumn", "fall" -> 9;
            case "winter" -> 12;
            default -> 0;
        };
    }

    /** An ordinal word or number from 1 to 5 ("second", "2" from "2nd"), for "the second Saturday of"; else 0. */
    static int weekOrdinal(String w) {
        Integer d = ORDINALS.get(w);
        if (d != null) {
            return d <= 5 ? d : 0;
        }
        int n = Numbers.intValue(w);
        return n >= 1 && n <= 5 && w.length() == 1 ? n : 0;
    }

    static boolean isDigits(String w) {
        return Numbers.intValue(w) >= 0;
    }

    static boolean isWeekdayAbbreviation(String w) {
        return WEEKDAYS.containsKey(w) && w.length() <= 5 && !w.endsWith("day");
    }

    static String at(String[] w, int i) {
        return i >= 0 && i < w.length ? w[i] : "";
    }

    /** Whether the number at i reads as money: a currency word after it, or "over"/"or more" around it. */
    static boolean isAmount(String[] w, int i) {
        String next = at(w, i + 1);
        if (CURRENCY_WORDS.contains(next) || CurrencyFilters.unitLength(w, i + 1) > 0
                || next.equals("or") && Set.of("more", "less", "above", "below", "under", "over", "greater", "fewer")
                .contains(at(w, i + 2))) {
            return true;
        }
        String previous = at(w, i - 1);
        // "than" is an amount word only right after a comparative ("more than 2024"); in "more in 2025 than 2024"
        // the year after "than" is the second side of a comparison
        if (previous.equals("than") && !Set.of("more", "less", "greater", "bigger", "larger", "higher", "lower",
                "smaller", "fewer", "cheaper", "pricier").contains(at(w, i - 2))) {
            return false;
        }
        // "of" only counts as an amount word in "minimum of 50"; "the first half of 2025" is a year
        return AMOUNT_WORDS.contains(previous) && !(previous.equals("of") && !Set.of("minimum", "maximum", "excess")
                .contains(at(w, i - 2)));
    }

    /** The year written at i (1900 to 2100, not an amount), or -1. */
    static int year(String[] w, int i) {
        String t = at(w, i);
        if (t.length() != 4) {
            return -1;
        }
        int y = Numbers.intValue(t);
        return y >= MIN_YEAR && y <= MAX_YEAR && !isAmount(w, i) ? y : -1;
    }

    /**
     * A day of the month at i: "14", "first", "twenty first", "thirty-first" (already split by the normalizer). Returns
     * {day, end} or null.
     */
    static int[] dayNumber(String[] w, int i) {
        String t = at(w, i);
        if (t.length() <= 2) {
            int d = Numbers.intValue(t);
            if (d >= 1 && d <= 31 && !isAmount(w, i)) {
                return new int[] {d, i + 1};
            }
        }
        if ((t.equals("twenty") || t.equals("thirty")) && ORDINALS.containsKey(at(w, i + 1))) {
            int d = (t.equals("twenty") ? 20 : 30) + ORDINALS.get(at(w, i + 1));
            return d <= 31 ? new int[] {d, i + 2} : null;
        }
        Integer d = ORDINALS.get(t);
        return d == null ? null : new int[] {d, i + 1};
    }

    /** An ordinal 1 to 4 at i ("first", "4" from "4th") for quarters and halves, or 0. */
    static int smallOrdinal(String w) {
        Integer d = ORDINALS.get(w);
        if (d != null) {
            return d <= 4 ? d : 0;
        }
        int n = Numbers.intValue(w);
        return n >= 1 && n <= 4 && w.length() == 1 ? n : 0;
    }

    /** The latest date with this month and day that is not after today (Feb 29 goes back to a leap year), or null. */
    static LocalDate latestDay(LocalDate today, int month, int day) {
        for (int y = today.getYear(); y >= today.getYear() - 8; y--) {
            LocalDate d = dateOrNull(y, month, day);
            if (d != null && !d.isAfter(today)) {
                return d;
            }
        }
        return null;
    }

    /** The latest year ending in these two digits that is not after today's year ('25 → 2025, '74 → 1974). */
    static int latestYearEndingIn(int twoDigits, LocalDate today) {
        int y = today.getYear() - Math.floorMod(today.getYear() - twoDigits, 100);
        return y;
    }

    static LocalDate dateOrNull(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || year < 1 || year > 9999) {
            return null;
        }
        return day <= Month.of(month).length(java.time.Year.isLeap(year)) ? LocalDate.of(year, month, day) : null;
    }
}
