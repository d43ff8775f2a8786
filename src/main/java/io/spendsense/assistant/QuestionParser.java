package io.spendsense.assistant;

import java.time.LocalDate;

/**
 * Reads questions into frames for one user without reading any expenses: normalizer, periods, entities, intent and
 * follow-ups only. Made by {@link Assistant#parser}; for the benchmark's parse-only figure and for previews.
 */
public final class QuestionParser {
    private final UserLexicon lexicon;
    private final QuestionReader reader = new QuestionReader();

    QuestionParser(UserLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The frame the question means in this conversation; remembers it for the next follow-up. */
    public Frame parse(Conversation conversation, String question, LocalDate today) {
        Plan previous = conversation.previous();
        Reading r = reader.read(question == null ? "" : question, lexicon, today,
                previous == null || previous.frame().period().isAllTime() ? null : previous.frame().period());
        Plan plan = FrameBuilder.build(r, previous, today);
        if (plan.intent().readsExpenses()) {
            conversation.remember(plan);
        }
        return plan.frame();
    }
}
