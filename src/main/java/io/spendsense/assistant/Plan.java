package io.spendsense.assistant;

import java.util.List;

/**
 * A question understood: its {@link Frame}, whether the amount bounds include their value ("at least 50") or not
 * ("over 50", the default), and the explanation lines gathered while reading it.
 */
record Plan(Frame frame, boolean gtInclusive, boolean ltInclusive, List<String> explain) {
    Plan {
        explain = List.copyOf(explain);
    }

    Intent intent() {
        return frame.intent();
    }
}
