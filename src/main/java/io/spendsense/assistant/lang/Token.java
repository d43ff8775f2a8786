package io.spendsense.assistant.lang;

/**
 * A normalized word of a question. {@code start} and {@code end} are char offsets into the original question, so that
 * explanations can point at what the user actually typed.
 */
public record Token(String text, int start, int end) {
}
