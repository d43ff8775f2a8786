package io.spendsense.assistant;

import java.util.List;

/**
 * A question understood: its {@link Frame}, whether the amount bounds include their value ("at least 50") or not
 * ("over 50", the default), how many expenses a biggest/smallest answer lists ("my 3 biggest"), the explanation lines
 * gathered while reading it, and the words of the question that were not used.
 */
record Plan(Frame frame, boolean gtInclusive, boolean ltInclusive, int limit, List<String> explain,
            List<String> ignored) {
    Plan {
        explain = List.copyOf(explain);
        ignored = List.copyOf(ignored);
    }

    Plan(Frame frame, boolean gtInclusive, boolean ltInclusive, List<String> explain) {
        this(frame, gtInclusive, ltInclusive, 1, explain, List.of());
    }

    Intent intent() {
        return frame.intent();
    }
}
