package io.spendsense.assistant.lang;

import io.spendsense.domain.Period;

/**
 * A period found in a question: the tokens {@code startToken} (inclusive) to {@code endToken} (exclusive), the words
 * they hold, and the id of the grammar rule that read them (for explanations and tests).
 */
public record PeriodMatch(Period period, int startToken, int endToken, String words, String rule) {
}
