package io.spendsense.assistant.lang;

import java.math.BigDecimal;

/**
 * An amount filter: a lower bound {@code min} and/or an upper bound {@code max} (null when open), each exclusive or
 * inclusive, read from tokens {@code startToken} to {@code endToken} (exclusive) by rule {@code rule}.
 */
public record AmountMatch(BigDecimal min, boolean minExclusive, BigDecimal max, boolean maxExclusive, int startToken,
        int endToken, String words, String rule) {
}
