package io.spendsense.assistant;

import java.math.BigDecimal;

import io.spendsense.domain.DayKind;
import io.spendsense.domain.Period;

/**
 * What a question means once read: the intent and every filter. A follow-up question fills what it leaves out
 * from the previous frame of the conversation. The second side ({@code period2}, {@code category2},
 * {@code payee2}) is used by {@link Intent#COMPARE} only.
 *
 * @param category canonical category name, or null
 * @param payee    the payee as the user said it, matched as a substring of payee or description
 */
public record Frame(Intent intent, Period period, String category, String payee, DayKind days,
                    BigDecimal amountGt, BigDecimal amountLt, Per per,
                    Period period2, String category2, String payee2) {
    public Frame {
        period = period == null ? Period.ALL_TIME : period;
    }

    public static Frame of(Intent intent) {
        return new Frame(intent, Period.ALL_TIME, null, null, null, null, null, null, null, null, null);
    }
}
