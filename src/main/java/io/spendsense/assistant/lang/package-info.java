/**
 * The language layer of the assistant: turns a raw question into normalized tokens and finds the periods (read by a
 * small time algebra: {@code TimeValue}, {@code TimeGrammar}), amount filters and day filters in it. Pure Java,
 * deterministic, no I/O; the intent classifier and entity matchers build on these tokens.
 */
package io.spendsense.assistant.lang;
