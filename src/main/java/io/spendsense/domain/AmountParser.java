package io.spendsense.domain;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * The one reader of amounts typed by a person (the expense, budget, rule and recurring editors, the table's amount
 * filter), for the locale the amounts are typed in. The command line does not use it: its options take the strict,
 * locale-free form {@code 1234.56} that scripts write.
 *
 * <p>The rule, in order:
 * <ol>
 * <li>Currency symbols ($ € £ ¥) and surrounding spaces are ignored; a leading + or - is kept.</li>
 * <li>Spaces (plain, no-break U+00A0, narrow no-break U+202F, thin U+2009) and apostrophes (' and ’) only ever group
 *     thousands: "1 234,56", "1'234.56".</li>
 * <li>When both a dot and a comma appear, the later one is the decimal separator and the other groups:
 *     "1,234.56" and "1.234,56" are both 1234.56, in every locale.</li>
 * <li>One kind of separator appearing more than once groups: "1.234.567", "1,234,567".</li>
 * <li>A single dot or comma followed by anything but exactly three digits is the decimal separator: "12,50",
 *     "12.5", "0,99".</li>
 * <li>A single dot or comma followed by exactly three digits, after one to three digits not starting with 0, is read
 *     as grouping when it is the locale's grouping separator ("1,234" is 1234 in en-US, "1.234" is 1234 in de-DE).
 *     Otherwise both readings are plausible ("1.234" in en-US, "1,234" in de-DE or fr-FR, either in de-CH, whose
 *     grouping is the apostrophe): the entry is {@link Status#AMBIGUOUS}, never guessed, and the reading carries a
 *     question to show next to the field.</li>
 * <li>After a leading 0, after more than three digits or after other grouping, a single separator followed by three
 *     digits is the decimal separator ("0.125", "1234,567"); the editors then refuse the third decimal unless the
 *     profile's currency has three.</li>
 * <li>For a profile whose currency has three decimals (BHD, KWD, ...), the locale's decimal separator followed by
 *     exactly three digits is the decimal separator: "12.345" is 12.345 dinars in en-US.</li>
 * </ol>
 * Groups of thousands must be well placed (1 to 3 digits, then groups of 3): "12,34,567" is not a number.
 */
public final class AmountParser {
    private static final String SPACES = " \u00a0\u202f\u2009";
    private static final String APOSTROPHES = "'\u2019";

    /** What a typed text turned out to be. */
    public enum Status { EMPTY, AMOUNT, AMBIGUOUS, NOT_A_NUMBER }

    /**
     * One reading of a typed text: the amount when {@link Status#AMOUNT}; when {@link Status#AMBIGUOUS}, the question
     * to
     * ask ("Did you mean 1234 or 1,234? ...").
     */
    public record Reading(Status status, BigDecimal amount, String question) {
        public boolean isAmount() {
            return status == Status.AMOUNT;
        }
    }

    private static final Reading EMPTY = new Reading(Status.EMPTY, null, null);
    private static final Reading NOT_A_NUMBER = new Reading(Status.NOT_A_NUMBER, null, null);

    private final char localeDecimal;
    private final char localeGrouping;
    /** Whether amounts have three decimals (the profile's currency): then "12.345" is read as decimals. */
    private final boolean threeDecimals;
    private final String currency;

    /** Reads amounts as people type them in {@code locale} (the profile's, or the system's when it has none). */
    public AmountParser(Locale locale) {
        this(locale, null);
    }

    /** As {@link #AmountParser(Locale)}, for amounts of a profile in {@code currency} (null: two decimals). */
    public AmountParser(Locale locale, String currency) {
        var symbols = DecimalFormatSymbols.getInstance(Objects.requireNonNull(locale, "locale"));
        this.localeDecimal = symbols.getDecimalSeparator();
        this.localeGrouping = symbols.getGroupingSeparator();
        this.threeDecimals = currency != null && Money.digitsOf(currency) == 3;
        this.currency = currency == null ? "USD" : currency;
    }

    /** The profile's currency the amounts are typed in (USD when none was given). */
    public String currency() {
        return currency;
    }

    /** The most decimals an amount typed here may have: the currency's (JPY 0, USD 2, BHD 3). */
    public int decimals() {
        return Money.digitsOf(currency);
    }

    /** The amount typed, or null when the text is empty, not a number, or ambiguous (see {@link #read}). */
    public BigDecimal parse(String text) {
        return read(text).amount();
    }

    /** Reads {@code text} by the rule in the class comment. */
    public Reading read(String text) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        String s = text.replaceAll("[$€£¥]", "").strip();
        String sign = "";
        if (s.startsWith("+") || s.startsWith("-")) {
            sign = s.startsWith("-") ? "-" : "";
            s = s.substring(1).strip();
        }
        if (s.isEmpty() || !s.chars().allMatch(c -> Character.isDigit(c) && c < 128 || isSeparator((char) c))) {
            return NOT_A_NUMBER;
        }
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        String integer;
        String fraction;
        if (lastDot >= 0 && lastComma >= 0) {
            int decimal = Math.max(lastDot, lastComma);
            integer = s.substring(0, decimal);
            fraction = s.substring(decimal + 1);
            if (integer.indexOf(s.charAt(decimal)) >= 0) {
                return NOT_A_NUMBER;
            }
        } else if (lastDot >= 0 || lastComma >= 0) {
            int at = Math.max(lastDot, lastComma);
            char sep = s.charAt(at);
            String before = s.substring(0, at);
            String after = s.substring(at + 1);
            if (before.indexOf(sep) >= 0) {
                integer = s;
                fraction = "";
            } else if (after.length() != 3 || !plainDigits(before) || before.isEmpty() || before.startsWith("0")
                    || before.length() > 3) {
                integer = before;
                fraction = after;
            } else if (threeDecimals && sep == localeDecimal) {
                integer = before;
                fraction = after;
            } else if (sep == localeGrouping) {
                integer = s;
                fraction = "";
            } else {
                return ambiguous(sign, before, sep, after);
            }
        } else {
            integer = s;
            fraction = "";
        }
        if (!plainDigits(fraction) || integer.isEmpty() && fraction.isEmpty()) {
            return NOT_A_NUMBER;
        }
        String digits = groupedDigits(integer);
        if (digits == null) {
            return NOT_A_NUMBER;
        }
        String number = (digits.isEmpty() ? "0" : digits) + (fraction.isEmpty() ? "" : "." + fraction);
        return new Reading(Status.AMOUNT, new BigDecimal(sign + number), null);
    }

    private Reading ambiguous(String sign, String before, char sep, String after) {
        String grouped = sign + before + after;
        String decimal = sign + before + localeDecimal + after;
        String question = sep == ',' ? Texts.format("amount.ambiguousComma", grouped, decimal)
                : Texts.format("amount.ambiguousDot", grouped, decimal);
        return new Reading(Status.AMBIGUOUS, null, question);
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == ',' || SPACES.indexOf(c) >= 0 || APOSTROPHES.indexOf(c) >= 0;
    }

    private static boolean plainDigits(String s) {
        return s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The digits of an integer part whose separators group thousands well ("1 234 567"), or null. */
    private static String groupedDigits(String integer) {
        if (plainDigits(integer)) {
            return integer;
        }
        String[] groups = integer.split("[.,'\u2019 \u00a0\u202f\u2009]", -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return null;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return null;
            }
        }
        return String.join("", groups);
    }
}
