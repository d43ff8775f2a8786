package io.spendsense.assistant;

import java.util.List;

/**
 * One weighted piece of evidence for an intent: a word pattern over the question (entities replaced by placeholders),
 * optionally guarded by a condition on what was recognized. Its name is shown in {@code explain}.
 */
record IntentRule(Intent intent, double weight, WordPattern pattern, Guard guard, String name) {
    /** A condition on the recognized entities. */
    interface Guard {
        boolean test(Facts facts);
    }

    /** What the entity matchers found, as far as intent rules care. */
    record Facts(int periods, int categories, int payees, boolean amountFilter, boolean plainAmount,
                 boolean question, boolean onlyFiller) {
    }

    static IntentRule of(Intent intent, double weight, String pattern) {
        return new IntentRule(intent, weight, new WordPattern(pattern), f -> true, "'" + shortName(pattern) + "'");
    }

    static IntentRule when(Intent intent, double weight, String pattern, Guard guard, String guardName) {
        return new IntentRule(intent, weight, new WordPattern(pattern), guard,
                (pattern.isEmpty() ? "" : "'" + shortName(pattern) + "' ") + guardName);
    }

    /** Long alternative lists shortened for explain: "spend|spent|spending|…". */
    static String shortName(String pattern) {
        var sb = new StringBuilder();
        for (String part : pattern.split(" ")) {
            String[] alts = part.split("\\|");
            sb.append(sb.length() == 0 ? "" : " ")
                    .append(alts.length > 4 ? String.join("|", java.util.Arrays.copyOf(alts, 3)) + "|…" : part);
        }
        return sb.toString();
    }

    /** The matched words, or null when the rule does not apply. */
    List<String> apply(String[] view, Facts facts) {
        return guard.test(facts) ? pattern.match(view) : null;
    }
}
