package io.spendsense.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.spendsense.domain.Texts;
import io.spendsense.service.imports.Detected;
import io.spendsense.service.imports.SkipReason;

/**
 * What an import did.
 *
 * @param imported          rows stored
 * @param duplicatesSkipped rows the user already had before the import, by either reason
 * @param duplicatesByReference of those, rows whose statement id (OFX FITID, CAMT AcctSvcrRef) the user already had;
 *                          the others are equal in date, amount, payee and description
 * @param skipped           rows that are not expenses, per reason (money in, card payments, pending, ...)
 * @param notes             what the user should know (a refund whose purchase is not in the file)
 * @param detected          how the file was read (format, encoding, separator, dates, signs)
 * @param categoriesCreated names of the categories the import created
 * @param savedSettings     the choices saved for the file's layout that were used, in words (null when none)
 * @param elapsed           wall time, reading included
 * @param converted         rows stored that were in another currency than the profile's, converted (decision 0018)
 * @param estimated         of those, rows converted at the nearest earlier rate (none was known for their date)
 */
public record ImportReport(int imported, int duplicatesSkipped, int duplicatesByReference,
                           Map<SkipReason, Integer> skipped, List<String> notes,
                           Detected detected, List<String> categoriesCreated, String savedSettings,
                           Duration elapsed, int converted, int estimated) {
    public ImportReport {
        skipped = skipped.isEmpty() ? Map.of() : new EnumMap<>(skipped);
        notes = List.copyOf(notes);
        categoriesCreated = List.copyOf(categoriesCreated);
    }

    /** Money coming in, card payments and refunds: rows that are credits on the statement. */
    public int creditsSkipped() {
        return skipped(SkipReason.MONEY_IN) + skipped(SkipReason.CARD_PAYMENT) + skipped(SkipReason.REFUND_NETTED)
                + skipped(SkipReason.REFUND_UNMATCHED);
    }

    /** Every row left out, whatever the reason (duplicates not included). */
    public int totalSkipped() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Duplicates equal in date, amount, payee and description (not told by a statement id). */
    public int duplicatesByContent() {
        return duplicatesSkipped - duplicatesByReference;
    }

    /** "2 already imported (same statement id), 1 equal to an expense you have": the duplicates in words, or "". */
    public String duplicatesInWords() {
        var parts = new ArrayList<String>();
        if (duplicatesByReference > 0) {
            parts.add(Texts.format("import.duplicatesByReference", duplicatesByReference));
        }
        if (duplicatesByContent() > 0) {
            parts.add(Texts.format("import.duplicatesByContent", duplicatesByContent()));
        }
        return String.join(", ", parts);
    }

    /** "using your saved settings for this layout (date order day first)", or null when none were used. */
    public String savedSettingsInWords() {
        return savedSettingsInWords(savedSettings);
    }

    static String savedSettingsInWords(String settings) {
        return settings == null ? null : Texts.format("import.usingSavedSettings", settings);
    }

    public int skipped(SkipReason reason) {
        return skipped.getOrDefault(reason, 0);
    }

    /** "3 money coming in (income, transfers in), 1 pending, not booked yet": the skips in words, or "". */
    public String skippedInWords() {
        var parts = new ArrayList<String>();
        skipped.forEach((reason, n) -> parts.add(reason.describe(n)));
        return String.join(", ", parts);
    }
}
