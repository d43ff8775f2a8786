package io.spendsense.service.imports;

import java.util.ArrayList;
import java.util.List;

import io.spendsense.domain.Texts;

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
        out.add(account == null ? Texts.format("facts.format", format.label())
                : Texts.format("facts.formatAccount", format.label(), account));
        if (encoding != null) {
            out.add(Texts.format("facts.encoding", encoding));
        }
        if (separator != null) {
            out.add(Texts.format("facts.separator", separatorName(separator)));
        }
        if (header != null) {
            int skipped = skippedLines == null ? 0 : skippedLines;
            if (header) {
                out.add(skipped > 0 ? Texts.format("facts.headerAfterSkipped", skipped + 1, skipped)
                        : Texts.format("facts.header", skipped + 1));
            } else {
                out.add(skipped > 0 ? Texts.format("facts.noHeaderAfterSkipped", skipped)
                        : Texts.get("facts.noHeader"));
            }
        }
        if (columns != null) {
            out.add(Texts.format("facts.columns", columns));
        }
        if (datePattern != null) {
            String order = dateOrder == null ? null : dateOrder.label();
            out.add(order == null ? dateReason == null ? Texts.format("facts.dates", datePattern)
                    : Texts.format("facts.datesReason", datePattern, dateReason)
                    : dateReason == null ? Texts.format("facts.datesOrder", datePattern, order)
                    : Texts.format("facts.datesOrderReason", datePattern, order, dateReason));
        }
        if (decimalComma != null) {
            out.add(Texts.format("facts.decimalSeparator", decimalComma ? Texts.get("import.decimalComma")
                    : Texts.get("import.decimalPoint")));
        }
        if (sign != null) {
            out.add(signReason == null ? Texts.format("facts.signs", sign.label())
                    : Texts.format("facts.signsReason", sign.label(), wording.apply(signReason, signHint, "sign")));
        }
        if (currency != null) {
            out.add(Texts.format("facts.currency", currency));
        }
        return out;
    }

    /** A separator in words: "tab", or the character quoted (';'). */
    static String separatorName(char c) {
        return c == '\t' ? Texts.get("import.tab") : "'" + c + "'";
    }
}
