package io.spendsense.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the dates of one CSV file in one format: the one given, or the one its dates show. Slash dates are
 * month-first (US banks) unless some day is above 12 in the first place and none in the second.
 */
final class DateReader {
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
    private static final Pattern SLASH = Pattern.compile("(\\d{1,2})/(\\d{1,2})/\\d{4}");
    private static final Pattern DOT = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{4}");

    private final String pattern;
    private final DateTimeFormatter formatter;
    private final boolean ambiguous;
    private final boolean detected;
    // Files repeat dates many times; parsing each distinct text once keeps a million-row import fast.
    private final Map<String, LocalDate> cache = new HashMap<>();

    private DateReader(String pattern, boolean ambiguous, boolean detected) {
        this.pattern = pattern;
        this.detected = detected;
        this.formatter = DateTimeFormatter.ofPattern(pattern.replace('y', 'u')).withResolverStyle(ResolverStyle.STRICT);
        this.ambiguous = ambiguous;
    }

    /** The reader for an explicit pattern; a ValidationException when the pattern is not one. */
    static DateReader of(String pattern) {
        try {
            return new DateReader(pattern, false, false);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("dateFormat", "date format '" + pattern + "' is not a valid pattern ("
                    + e.getMessage() + ")");
        }
    }

    /** Picks the format most of the dates are in. */
    static DateReader detect(Iterable<String> dates) {
        int iso = 0;
        int slash = 0;
        int dot = 0;
        boolean dayFirst = false;
        boolean monthFirst = false;
        for (String d : dates) {
            if (ISO.matcher(d).matches()) {
                iso++;
            } else if (DOT.matcher(d).matches()) {
                dot++;
            } else {
                var m = SLASH.matcher(d);
                if (m.matches()) {
                    slash++;
                    dayFirst |= Integer.parseInt(m.group(1)) > 12;
                    monthFirst |= Integer.parseInt(m.group(2)) > 12;
                }
            }
        }
        if (slash > iso && slash > dot) {
            return new DateReader(dayFirst && !monthFirst ? "dd/MM/yyyy" : "MM/dd/yyyy", dayFirst && monthFirst, true);
        }
        return dot > iso ? new DateReader("dd.MM.yyyy", false, true) : new DateReader("yyyy-MM-dd", false, true);
    }

    String pattern() {
        return pattern;
    }

    /** The date, or null when the text is not a real date in this file's format (see {@link #problem}). */
    LocalDate parse(String text) {
        LocalDate cached = cache.get(text);
        if (cached != null || cache.containsKey(text)) {
            return cached;
        }
        LocalDate date;
        try {
            date = LocalDate.from(formatter.parse(detected && text.length() < 10 ? pad(text) : text));
        } catch (DateTimeParseException e) {
            date = null;
        }
        cache.put(text, date);
        return date;
    }

    String problem(String text) {
        if (ambiguous && SLASH.matcher(text).matches()) {
            return "ambiguous date '" + text + "': the file has both day-first and month-first dates;"
                    + " give the format with --date-format";
        }
        return "'" + text + "' is not a valid date in the format " + pattern
                + " (use --date-format for another format)";
    }

    /** Accepts 1/5/2024 for 01/05/2024 and 2024-1-5 for 2024-01-05, as spreadsheets write them. */
    private String pad(String text) {
        var out = new StringBuilder();
        for (String part : text.split("(?<=[-/.])|(?=[-/.])")) {
            out.append(part.length() == 1 && Character.isDigit(part.charAt(0)) ? "0" + part : part);
        }
        return out.toString();
    }
}
