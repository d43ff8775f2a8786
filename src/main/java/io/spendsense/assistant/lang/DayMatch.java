package io.spendsense.assistant.lang;

import io.spendsense.domain.DayKind;

/** A restriction to weekend days or weekdays, read from tokens {@code startToken} to {@code endToken} (exclusive). */
public record DayMatch(DayKind days, int startToken, int endToken, String words) {
}
