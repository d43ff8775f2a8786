package io.spendsense.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.spendsense.service.imports.Detected;
import io.spendsense.service.imports.SkipReason;

/**
 * What an import did.
 *
 * @param imported          rows stored
 * @param duplicatesSkipped rows equal to an expense the user already had before the import
 * @param skipped           rows that are not expenses, per reason (money in, card payments, pending, ...)
 * @param notes             what the user should know (a refund whose purchase is not in the file)
 * @param detected          how the file was read (format, encoding, separator, dates, signs)
 * @param categoriesCreated names of the categories the import created
 * @param elapsed           wall time, reading included
 */
public record ImportReport(int imported, int duplicatesSkipped, Map<SkipReason, Integer> skipped, List<String> notes,
                           Detected detected, List<String> categoriesCreated, Duration elapsed) {
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

    public int skipped(SkipReason reason) {
        return skipped.getOrDefault(reason, 0);
    }

    /** "3 money coming in (income, transfers in), 1 pending, not booked yet": the skips in words, or "". */
    public String skippedInWords() {
        var parts = new ArrayList<String>();
        skipped.forEach((reason, n) -> parts.add(n + " " + reason.label()));
        return String.join(", ", parts);
    }
}
