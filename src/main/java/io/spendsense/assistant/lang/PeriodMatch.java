package io.spendsense.assistant.lang;

import java.util.BitSet;
import java.util.Collection;

import io.spendsense.domain.Period;

/**
 * A period found in a question: the tokens {@code startToken} (inclusive) to {@code endToken} (exclusive), the words
 * they hold, and the id of the grammar rule that read them (for explanations and tests).
 */
public record PeriodMatch(Period period, int startToken, int endToken, String words, String rule) {

    /** The tokens of {@code periods} (null: none) among {@code length} words: what later filters leave alone. */
    static BitSet tokens(Collection<PeriodMatch> periods, int length) {
        var used = new BitSet(length);
        if (periods != null) {
            for (PeriodMatch p : periods) {
                used.set(Math.max(0, p.startToken()), Math.max(0, Math.min(length, p.endToken())));
            }
        }
        return used;
    }
}
