package io.spendsense.service;

import java.time.Duration;
import java.util.List;

/**
 * What an import did.
 *
 * @param imported          rows stored
 * @param duplicatesSkipped rows equal to an expense the user already had before the import
 * @param creditsSkipped    money coming in (refunds, salary) in a file that signs its amounts
 * @param categoriesCreated names of the categories the import created
 * @param elapsed           wall time, reading included
 */
public record ImportReport(int imported, int duplicatesSkipped, int creditsSkipped, List<String> categoriesCreated,
                           Duration elapsed) {
    public ImportReport {
        categoriesCreated = List.copyOf(categoriesCreated);
    }
}
