package io.spendsense.service.imports;

import java.util.List;

import io.spendsense.domain.Texts;

/**
 * A file that cannot be read as a whole: either some lines are bad ({@link #problems()}, the first of them, with
 * {@link #badLines()} counting all), or the file itself ({@link #getMessage()}, e.g. an unknown date order).
 */
public final class StatementException extends RuntimeException {
    public static final int MAX_REPORTED = 20;

    private final transient List<Problem> problems;
    private final int badLines;
    private final ImportHint hint;

    public StatementException(String message) {
        this(message, ImportHint.NONE);
    }

    /** The file as a whole is refused; {@code hint} says what the user can choose to read it. */
    public StatementException(String message, ImportHint hint) {
        super(message);
        this.problems = List.of();
        this.badLines = 0;
        this.hint = hint;
    }

    public StatementException(List<Problem> problems, int badLines) {
        super(Texts.format("statement.badLines", badLines));
        this.problems = List.copyOf(problems);
        this.badLines = badLines;
        this.hint = ImportHint.NONE;
    }

    public List<Problem> problems() {
        return problems;
    }

    public int badLines() {
        return badLines;
    }

    /** What the user can choose to read a file refused as a whole ({@link ImportHint#NONE} for bad lines). */
    public ImportHint hint() {
        return hint;
    }

    /**
     * One problem on one line: the line (1 = the first), the field or null, what is wrong (without the hint: no
     * option or control is named), and what the user can choose about it.
     */
    public record Problem(long line, String field, String message, ImportHint hint) {
        public Problem(long line, String field, String message) {
            this(line, field, message, ImportHint.NONE);
        }
    }
}
