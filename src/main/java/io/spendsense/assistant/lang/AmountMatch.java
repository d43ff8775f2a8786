package io.spendsense.assistant.lang;

import java.math.BigDecimal;
import java.util.List;

/**
 * An amount filter: a lower bound {@code min} and/or an upper bound {@code max} (null when open), each exclusive or
 * inclusive, read from tokens {@code startToken} to {@code endToken} (exclusive) by rule {@code rule}.
 * {@code unitTokens} are the first tokens of the currency words said with the numbers ("100 euros", "$50", "20 quid"),
 * in order, empty when the amount names no currency: {@link CurrencyFilters#unitCode} tells which currency each is.
 */
public record AmountMatch(BigDecimal min, boolean minExclusive, BigDecimal max, boolean maxExclusive, int startToken,
        int endToken, String words, String rule, List<Integer> unitTokens) {
    public AmountMatch {
        unitTokens = List.copyOf(unitTokens);
    }
}
