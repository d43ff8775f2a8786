package io.spendsense.assistant;

/**
 * One chat: remembers the previous question's plan so that follow-ups ("And in February?", "what about dining?",
 * "the month before?") can take what they leave out from it. Not thread-safe: one conversation, one thread at a
 * time (the chat panel's, or the command line's).
 */
public final class Conversation {
    private Plan previous;

    /** The frame of the last question that was answered from data, or null at the start. */
    public Frame previousFrame() {
        return previous == null ? null : previous.frame();
    }

    /** Forgets the previous question: the next one starts afresh. */
    public void reset() {
        previous = null;
    }

    Plan previous() {
        return previous;
    }

    void remember(Plan plan) {
        previous = plan;
    }
}
