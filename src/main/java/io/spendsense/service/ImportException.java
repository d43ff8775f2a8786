package io.spendsense.service;

import java.util.List;

/**
 * A CSV file that cannot be imported: nothing was stored. Carries the first bad lines (at most
 * {@link #MAX_REPORTED} lines) with what is wrong on each, and how many lines were bad in all.
 */
public class ImportException extends ServiceException {
    public static final int MAX_REPORTED = 20;

    private final List<LineError> errors;
    private final int badLines;

    public ImportException(String file, List<LineError> errors, int badLines) {
        super(file + ": " + badLines + (badLines == 1 ? " bad line" : " bad lines") + ", nothing imported");
        this.errors = List.copyOf(errors);
        this.badLines = badLines;
    }

    private ImportException(String message, ImportException from) {
        super(message, from);
        this.errors = from.errors;
        this.badLines = from.badLines;
    }

    /** The same refusal with {@code note} after its message ("... nothing imported (read with ...)"). */
    public ImportException withNote(String note) {
        return new ImportException(getMessage() + " " + note, this);
    }

    /** The first bad lines' errors, in line order (a line may have several). */
    public List<LineError> errors() {
        return errors;
    }

    public int badLines() {
        return badLines;
    }

    /** One problem on one line of the file: the line (1 = header), the field, and what is wrong. */
    public record LineError(long line, String field, String message) {
        @Override
        public String toString() {
            return "line " + line + (field == null ? "" : ", " + field) + ": " + message;
        }
    }
}
