package io.spendsense.assistant;

import java.util.List;

/**
 * A question understood: its {@link Frame}, whether the amount bounds include their value ("at least 50") or not
 * ("over 50", the default), how many expenses a biggest/smallest answer lists ("my 3 biggest"), and the explanation lines gathered while reading it.
 */
record Plan(Frame frame, boolean gtInclusive, boolean ltInclusive, int limit, List<String> explain) {
    Plan {
        explain = List.copyOf(explain);
    }

    Plan(Frame frame, boolean gtInclusive, boolean ltInclusive, List<String> explain) {
        this(frame, gtInclusive, ltInclusive, 1, explain);
    }

    Intent intent() {
        return frame.intent();
    }
}
