package io.spendsense.assistant.lang;

/**
 * Words of a question that name a date that does not exist ("the 31st of April", "the fifth Friday of February 2026",
 * "Feb 30"): tokens {@code startToken} (inclusive) to {@code endToken} (exclusive), and why there is no such day. The
 * assistant says so rather than answering for a period it would have to guess.
 */
public record NoSuchDate(int startToken, int endToken, String words, String why) {
}
