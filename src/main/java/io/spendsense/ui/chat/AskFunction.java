package io.spendsense.ui.chat;

import io.spendsense.assistant.Answer;

/** One conversation with the assistant: each question may follow up on the ones before it. Called off the FX thread. */
@FunctionalInterface
public interface AskFunction {
    Answer ask(String question);
}
