package io.spendsense.assistant.lang;

/**
 * A restriction to expenses paid in one currency ("in euros", "in EUR", "my yen expenses"): the ISO code, read from
 * tokens {@code startToken} to {@code endToken} (exclusive).
 */
public record CurrencyMatch(String code, int startToken, int endToken, String words) {
}
