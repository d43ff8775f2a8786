package io.spendsense.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A recurring expense: what each occurrence looks like, when it falls due, and how far occurrences were generated.
 *
 * @param end              the last day it may fall due, or null for no end
 * @param generatedThrough the last day occurrences were generated for, or null before the first run
 */
public record RecurringTemplate(long id, BigDecimal amount, long categoryId, String categoryName, String payee,
                                String description, Schedule schedule, LocalDate start, LocalDate end,
                                LocalDate generatedThrough) {

    /**
     * What it costs in an average month, unrounded: monthly / every N months, weekly × 52/12, yearly / 12, every N
     * days × 365/12/N.
     */
    public BigDecimal perMonth() {
        BigDecimal times = switch (schedule.kind()) {
            case MONTHLY -> BigDecimal.ONE.divide(BigDecimal.valueOf(schedule.every()), 10, RoundingMode.HALF_UP);
            case WEEKLY -> BigDecimal.valueOf(52).divide(BigDecimal.valueOf(12L * schedule.every()), 10,
                    RoundingMode.HALF_UP);
            case YEARLY -> BigDecimal.ONE.divide(BigDecimal.valueOf(12L * schedule.every()), 10, RoundingMode.HALF_UP);
            case DAILY -> BigDecimal.valueOf(365).divide(BigDecimal.valueOf(12L * schedule.every()), 10,
                    RoundingMode.HALF_UP);
        };
        return amount.multiply(times);
    }
}
