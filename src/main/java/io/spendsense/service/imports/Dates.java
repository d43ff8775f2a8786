package io.spendsense.service.imports;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.spendsense.domain.Texts;

/**
 * Reads the dates of one statement in one form: the pattern given, or the form its dates show (ISO, d/m/y or m/d/y
 * with '/', '.' or '-', two- or four-digit years, yyyyMMdd, "5 Jan 2024", "Jan 5, 2024"; a time after the date is
 * ignored). Day and month order is decided from the whole file: a first number above 12 means day first, a second
 * above 12 month first; when no date decides, the caller's hint (dots, the headers' language, the currency) does, and
 * when there is none either the file is refused rather than guessed.
 */
final class Dates {
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,4})([./-])(\\d{1,2})\\2(\\d{2,4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})([./-])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern DAY_NAME = Pattern.compile("(\\d{1,2})[ ./-]+(\\p{L}{3,9})\\.?[ ./,-]+(\\d{2,4})");
    private static final Pattern NAME_DAY = Pattern.compile("(\\p{L}{3,9})\\.? +(\\d{1,2}),? +(\\d{4})");
    private static final Map<String, Integer> MONTHS = months();

    private enum Shape { ISO, NUMERIC, COMPACT, DAY_NAME, NAME_DAY, PATTERN }

    /** A hint for the date order from elsewhere in the file, and why. */
    record Hint(DateOrder order, String reason) {
    }

    private final Shape shape;
    private final DateOrder order;
    private final String pattern;
    private final String reason;
    private final boolean ambiguous;
    private final DateTimeFormatter formatter;
    private final Map<String, LocalDate> cache = new HashMap<>();

    private Dates(Shape shape, DateOrder order, String pattern, String reason, boolean ambiguous,
                  DateTimeFormatter formatter) {
        this.shape = shape;
        this.order = order;
        this.pattern = pattern;
        this.reason = reason;
        this.ambiguous = ambiguous;
        this.formatter = formatter;
    }

    /** The reader for an explicit pattern; a StatementException when the pattern is not one. */
    static Dates ofPattern(String pattern) {
        try {
            var formatter = DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), Locale.ENGLISH)
                    .withResolverStyle(ResolverStyle.STRICT);
            return new Dates(Shape.PATTERN, null, pattern, Texts.get("import.given"), false, formatter);
        } catch (IllegalArgumentException e) {
            throw new StatementException(Texts.format("dates.badPattern", pattern, e.getMessage()));
        }
    }

    /**
     * The form most of {@code dates} are in. {@code given} is the order the user chose (or null); {@code hint} what
     * else in the file suggests one (or null).
     */
    static Dates detect(Iterable<String> dates, DateOrder given, Hint hint) {
        int iso = 0;
        int numeric = 0;
        int compact = 0;
        int dayName = 0;
        int nameDay = 0;
        int twoDigitYears = 0;
        var separators = new HashMap<Character, Integer>();
        String dayFirst = null;
        String monthFirst = null;
        String example = null;
        for (String raw : dates) {
            String d = dateOnly(raw);
            if (ISO_DATE.matcher(d).matches()) {
                iso++;
                continue;
            }
            Matcher m = NUMERIC.matcher(d);
            if (m.matches()) {
                if (m.group(1).length() > 2) {
                    continue;
                }
                numeric++;
                separators.merge(m.group(2).charAt(0), 1, Integer::sum);
                twoDigitYears += m.group(4).length() == 2 ? 1 : 0;
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(3));
                if (a > 12 && b <= 12 && dayFirst == null) {
                    dayFirst = raw;
                } else if (b > 12 && a <= 12 && monthFirst == null) {
                    monthFirst = raw;
                } else if (a >= 1 && b >= 1 && a <= 12 && b <= 12 && example == null && a != b) {
                    example = raw;
                }
            } else if (COMPACT.matcher(d).matches()) {
                compact++;
            } else if (DAY_NAME.matcher(d).matches() && month(DAY_NAME.matcher(d).replaceAll("$2")) > 0) {
                dayName++;
            } else if (NAME_DAY.matcher(d).matches() && month(NAME_DAY.matcher(d).replaceAll("$1")) > 0) {
                nameDay++;
            }
        }
        int best = Math.max(Math.max(iso, numeric), Math.max(compact, Math.max(dayName, nameDay)));
        if (best == 0 || best == iso) {
            return new Dates(Shape.ISO, null, "yyyy-MM-dd", null, false, null);
        }
        if (best == compact) {
            return new Dates(Shape.COMPACT, null, "yyyyMMdd", null, false, null);
        }
        if (best == dayName) {
            return new Dates(Shape.DAY_NAME, null, "d MMM yyyy", null, false, null);
        }
        if (best == nameDay) {
            return new Dates(Shape.NAME_DAY, null, "MMM d, yyyy", null, false, null);
        }
        char sep = separators.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String year = twoDigitYears * 2 > numeric ? "yy" : "yyyy";
        DateOrder order;
        String why;
        boolean ambiguous = false;
        if (given != null) {
            order = given;
            why = Texts.get("import.given");
        } else if (dayFirst != null && monthFirst == null) {
            order = DateOrder.DAY_FIRST;
            why = Texts.format("dates.dayAbove12", dayFirst);
        } else if (monthFirst != null && dayFirst == null) {
            order = DateOrder.MONTH_FIRST;
            why = Texts.format("dates.dayAbove12", monthFirst);
        } else if (dayFirst != null) {
            order = DateOrder.MONTH_FIRST;
            why = Texts.get("dates.ambiguous");
            ambiguous = true;
        } else if (sep == '.') {
            order = DateOrder.DAY_FIRST;
            why = Texts.get("dates.dots");
        } else if (hint != null) {
            order = hint.order();
            why = Texts.format("dates.hinted", hint.reason());
        } else {
            throw new StatementException(example == null ? Texts.get("dates.eitherOrder")
                    : Texts.format("dates.eitherOrderExample", example, describe(example)), ImportHint.DATE_ORDER);
        }
        String dm = order == DateOrder.DAY_FIRST ? "dd" + sep + "MM" : "MM" + sep + "dd";
        return new Dates(Shape.NUMERIC, order, dm + sep + year, why, ambiguous, null);
    }

    /** "3 April or March 4" for 03/04/2026: the two days it could be, with month names in the bundle's language. */
    private static String describe(String example) {
        Matcher m = NUMERIC.matcher(dateOnly(example));
        if (!m.matches()) {
            return "";
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        var full = java.time.format.TextStyle.FULL;
        return Texts.format("dates.eitherDay", a, java.time.Month.of(b).getDisplayName(full, Texts.locale()),
                java.time.Month.of(a).getDisplayName(full, Texts.locale()), b);
    }

    String pattern() {
        return pattern;
    }

    DateOrder order() {
        return order;
    }

    String reason() {
        return reason;
    }

    /** The date, or null when the text is not a real date in this file's form (see {@link #problem}). */
    LocalDate parse(String text) {
        LocalDate cached = cache.get(text);
        if (cached != null || cache.containsKey(text)) {
            return cached;
        }
        LocalDate date;
        try {
            date = read(text);
        } catch (DateTimeException | NumberFormatException e) {
            date = null;
        }
        cache.put(text, date);
        return date;
    }

    private LocalDate read(String text) {
        String d = dateOnly(text);
        switch (shape) {
            case PATTERN:
                try {
                    return LocalDate.from(formatter.parse(text.strip()));
                } catch (DateTimeParseException e) {
                    return null;
                }
            case ISO: {
                Matcher m = ISO_DATE.matcher(d);
                if (!m.matches()) {
                    return null;
                }
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4)));
            }
            case COMPACT: {
                Matcher m = COMPACT.matcher(d);
                return m.matches() ? LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))) : null;
            }
            case DAY_NAME: {
                Matcher m = DAY_NAME.matcher(d);
                int month = m.matches() ? month(m.group(2)) : 0;
                return month == 0 ? null : LocalDate.of(year(m.group(3)), month, Integer.parseInt(m.group(1)));
            }
            case NAME_DAY: {
                Matcher m = NAME_DAY.matcher(d);
                int month = m.matches() ? month(m.group(1)) : 0;
                return month == 0 ? null : LocalDate.of(year(m.group(3)), month, Integer.parseInt(m.group(2)));
            }
            default: {
                Matcher m = NUMERIC.matcher(d);
                if (!m.matches() || m.group(1).length() > 2 || m.group(2).charAt(0) != pattern.charAt(2)) {
                    return null;
                }
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(3));
                int y = year(m.group(4));
                return order == DateOrder.DAY_FIRST ? LocalDate.of(y, b, a) : LocalDate.of(y, a, b);
            }
        }
    }

    /** Why {@code text}, the {@code field} of {@code line}, is not a date of this file, and what may read it. */
    StatementException.Problem problem(long line, String field, String text) {
        if (ambiguous && NUMERIC.matcher(dateOnly(text)).matches()) {
            return new StatementException.Problem(line, field, Texts.format("dates.ambiguousDate", text),
                    ImportHint.DATE_FORMAT);
        }
        return new StatementException.Problem(line, field, Texts.format("dates.notInFormat", text, pattern),
                ImportHint.OTHER_DATE_FORMAT);
    }

    /** Two-digit years are 2000-2069 and 1970-1999. */
    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        if (digits.length() == 2) {
            return y < 70 ? 2000 + y : 1900 + y;
        }
        if (digits.length() == 3) {
            throw new NumberFormatException(digits);
        }
        return y;
    }

    /** The text without a time after it ("2024-01-05 10:23:11" → "2024-01-05"). */
    static String dateOnly(String text) {
        String t = text.strip();
        int colon = t.indexOf(':');
        if (colon > 0) {
            int cut = Math.max(t.lastIndexOf(' ', colon), t.lastIndexOf('T', colon));
            if (cut > 0) {
                t = t.substring(0, cut).strip();
            }
        }
        return t;
    }

    /** 1-12 for a month name or abbreviation in English, German, Dutch, French or Spanish; 0 when none. */
    static int month(String word) {
        String w = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace(".", "");
        Integer m = MONTHS.get(w);
        if (m == null && w.length() > 4) {
            m = MONTHS.get(w.substring(0, 4));
        }
        if (m == null && w.length() > 3) {
            m = MONTHS.get(w.substring(0, 3));
        }
        return m == null ? 0 : m;
    }

    private static Map<String, Integer> months() {
        String[][] names = {
            {"jan", "january", "januar", "janvier", "janv", "januari", "ene", "enero", "jaen", "jan"},
            {"feb", "february", "februar", "fev", "fevr", "fevrier", "februari", "febrero"},
            {"mar", "march", "marz", "mrz", "maerz", "mrt", "maart", "mars", "marzo"},
            {"apr", "april", "avr", "avril", "abr", "abril"},
            {"may", "mai", "mei", "mayo"},
            {"jun", "june", "juni", "juin", "junio"},
            {"jul", "july", "juli", "juil", "juillet", "julio"},
            {"aug", "august", "aout", "ago", "agosto", "augustus"},
            {"sep", "sept", "september", "septembre", "septiembre"},
            {"oct", "october", "okt", "oktober", "octobre", "octubre"},
            {"nov", "november", "novembre", "noviembre"},
            {"dec", "december", "dez", "dezember", "decembre", "dic", "diciembre"},
        };
        var map = new HashMap<String, Integer>();
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                map.put(n, i + 1);
            }
        }
        return map;
    }
}
