package io.spendsense.domain;

import java.util.Locale;

/**
 * Text from a bank file or typed by anyone, checked on the way in and made harmless on the way out.
 * <ul>
 *   <li>{@link #controlProblem}: control characters other than tab and newline (ESC, BEL, NUL, C1 controls, DEL) and
 *   bidirectional overrides have no place in an expense; every way in refuses them with a message that names the
 *   character and where it is.</li>
 *   <li>{@link #printable}: what a terminal shows is printed with such characters made visible ({@code ␛} for ESC,
 *   control pictures for the others), so an escape sequence stored before the check existed cannot set a terminal's
 *   title or clear its screen.</li>
 *   <li>{@link #clip}: a bad value quoted in a message is cut to {@value #QUOTE_MAX} characters.</li>
 * </ul>
 */
public final class SafeText {
    public static final int QUOTE_MAX = 60;

    private SafeText() {
    }

    /** Whether a code point may not be stored: C0 controls but tab and newline, DEL, C1 controls, bidi controls. */
    public static boolean forbidden(int cp) {
        return cp < 0x20 && cp != '\t' && cp != '\n' || cp == 0x7f || cp >= 0x80 && cp <= 0x9f
                || cp >= 0x202a && cp <= 0x202e || cp >= 0x2066 && cp <= 0x2069;
    }

    /**
     * Null when {@code value} may be stored, else the message: "payee contains a control character (U+001B) at
     * position 7; remove it", where {@code what} is the field's word ("payee").
     */
    public static String controlProblem(String what, String value) {
        if (value == null) {
            return null;
        }
        int position = 1;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (forbidden(cp)) {
                return Texts.format("text.controlCharacter", what, String.format(Locale.ROOT, "U+%04X", cp),
                        position);
            }
            i += Character.charCount(cp);
            position++;
        }
        return null;
    }

    /** {@code value} with forbidden characters made visible; tab and newline kept. Null stays null. */
    public static String printable(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (forbidden(c)) {
                if (out == null) {
                    out = new StringBuilder(value.length() + 8).append(value, 0, i);
                }
                out.append(visible(c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? value : out.toString();
    }

    private static char visible(char c) {
        if (c < 0x20) {
            return (char) (0x2400 + c); // control pictures: ␀ … ␛ …
        }
        return c == 0x7f ? '\u2421' : '\uFFFD';
    }

    /** A value to quote in a message: at most {@value #QUOTE_MAX} characters ("…" and the length when cut). */
    public static String clip(String value) {
        if (value == null) {
            return "";
        }
        String shown = printable(value);
        if (shown.length() <= QUOTE_MAX) {
            return shown;
        }
        return Texts.format("text.clipped", shown.substring(0, QUOTE_MAX), value.length());
    }

    private static final java.util.regex.Pattern LONG_QUOTED = java.util.regex.Pattern.compile(
            "'([^']{" + (QUOTE_MAX + 1) + ",})'");
    private static final int MESSAGE_MAX = 2_000;

    /**
     * A message as shown to the user: every quoted value ('…') longer than {@value #QUOTE_MAX} characters clipped,
     * control characters made visible, and the whole at most 2,000 characters — one bad 1 MB cell never floods a
     * terminal or a dialog.
     */
    public static String clipMessage(String message) {
        if (message == null) {
            return "";
        }
        String clipped = message.length() <= QUOTE_MAX ? message
                : LONG_QUOTED.matcher(message).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                        "'" + clip(m.group(1)) + "'"));
        clipped = printable(clipped);
        return clipped.length() <= MESSAGE_MAX ? clipped : clipped.substring(0, MESSAGE_MAX) + "…";
    }

    private static final String FORMULA_START = "=+-@\t\r";

    /**
     * A text cell as it goes into a CSV file: with a leading single quote when a spreadsheet would evaluate it (it
     * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return), as OWASP recommends.
     */
    public static String formulaSafe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return FORMULA_START.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** Undoes {@link #formulaSafe}: a leading quote before a formula character is dropped. */
    public static String unquoteFormula(String cell) {
        if (cell != null && cell.length() >= 2 && cell.charAt(0) == '\''
        && FORMULA_START.indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }
}
