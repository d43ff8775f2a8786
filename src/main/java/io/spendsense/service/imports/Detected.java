package io.spendsense.service.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * How a file was read, to show the user (and to let them override what was guessed). Fields that do not apply to a
 * format are null.
 *
 * @param format       the format found in the content
 * @param encoding     the character set the text was decoded with
 * @param separator    the CSV separator
 * @param skippedLines CSV lines before the header or the first row (account number, period, ...)
 * @param header       whether the CSV has a header row (false: the first row is data)
 * @param columns      which CSV column holds what, in words
 * @param datePattern  the date pattern, e.g. dd.MM.yy
 * @param dateOrder    day or month first, when dates are numeric
 * @param dateReason   what decided the date order
 * @param decimalComma whether amounts use a decimal comma
 * @param sign         how money out is told from money in
 * @param signReason   what decided the sign convention
 * @param signHint     {@link ImportHint#GUESSED_SIGN} when the majority of the amounts decided it, else NONE
 * @param currency     the statement's currency (ISO code), or null when it does not say
 * @param account      the kind of account when the format says (bank account, credit card)
 */
public record Detected(StatementFormat format, String encoding, Character separator, Integer skippedLines,
                       Boolean header, String columns, String datePattern, DateOrder dateOrder, String dateReason,
                       Boolean decimalComma, SignConvention sign, String signReason, ImportHint signHint,
                       String currency, String account) {

    public Detected {
        signHint = signHint == null ? ImportHint.NONE : signHint;
    }

    /**
     * The facts in words, one per item: "format: CSV", "encoding: Windows-1252", ...; a guessed sign convention says
     * how to give it in {@code wording}'s words (the command line's option, the dialog's chooser).
     */
    public List<String> facts(ImportHint.Wording wording) {
        var out = new ArrayList<String>();
        out.add("format: " + format.label() + (account == null ? "" : ", " + account));
        if (encoding != null) {
            out.add("encoding: " + encoding);
        }
        if (separator != null) {
            out.add("separator: " + separatorName(separator));
        }
        if (header != null) {
            String skipped = skippedLines != null && skippedLines > 0
                    ? " after " + skippedLines + (skippedLines == 1 ? " line" : " lines") + " skipped" : "";
            out.add(header ? "header: line " + (skippedLines == null ? 1 : skippedLines + 1) + skipped
                    : "header: none, the first row is data" + skipped);
        }
        if (columns != null) {
            out.add("columns: " + columns);
        }
        if (datePattern != null) {
            out.add("dates: " + datePattern + (dateOrder == null ? "" : ", " + dateOrder.label())
                    + (dateReason == null ? "" : " (" + dateReason + ")"));
        }
        if (decimalComma != null) {
            out.add("decimal separator: " + (decimalComma ? "comma" : "point"));
        }
        if (sign != null) {
            out.add("signs: " + sign.label()
                    + (signReason == null ? "" : " (" + wording.apply(signReason, signHint, "sign") + ")"));
        }
        if (currency != null) {
            out.add("currency: " + currency);
        }
        return out;
    }

    static String separatorName(char c) {
        return switch (c) {
            case '\t' -> "tab";
            default -> "'" + c + "'";
        };
    }
}
