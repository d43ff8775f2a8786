package io.spendsense.service.imports;

import java.util.List;

/**
 * A file that cannot be read as a whole: either some lines are bad ({@link #problems()}, the first of them, with
 * {@link #badLines()} counting all), or the file itself ({@link #getMessage()}, e.g. an unknown date order).
 */
public final class StatementException extends RuntimeException {
    public static final int MAX_REPORTED = 20;

    private final transient List<Problem> problems;
    private final int badLines;

    public StatementException(String message) {
        super(message);
        this.problems = List.of();
        this.badLines = 0;
    }

    public StatementException(List<Problem> problems, int badLines) {
        super(badLines + (badLines == 1 ? " bad line" : " bad lines"));
        this.problems = List.copyOf(problems);
        this.badLines = badLines;
    }

    public List<Problem> problems() {
        return problems;
    }

    public int badLines() {
        return badLines;
    }

    /** One problem on one line: the line (1 = the first), the field or null, and what is wrong. */
    public record Problem(long line, String field, String message) {
    }
}
