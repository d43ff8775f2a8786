package io.spendsense.service;

import java.util.List;

import io.spendsense.domain.Texts;
import io.spendsense.service.imports.ImportHint;

/**
 * A file that cannot be imported: nothing was stored. Carries the first bad lines (at most
 * {@link #MAX_REPORTED} lines) with what is wrong on each, and how many lines were bad in all; or, for a file refused
 * as a whole, no lines and a {@link #hint()}. Messages name no option or control: each front end words the hints
 * with {@link #message(ImportHint.Wording)} and {@link LineError#describe(ImportHint.Wording)}.
 */
public class ImportException extends ServiceException {
    public static final int MAX_REPORTED = 20;

    private final List<LineError> errors;
    private final int badLines;
    private final String summary;
    private final ImportHint hint;
    private final String note;

    public ImportException(String file, List<LineError> errors, int badLines) {
        this(Texts.format("import.badLines", file, badLines), errors, badLines, ImportHint.NONE, null);
    }

    /**
     * A file refused as a whole ({@code problem} is about the file, not a line); {@code hint} says what may read it.
     */
    public ImportException(String file, String problem, ImportHint hint) {
        this(Texts.format("import.refused", file, problem), List.of(), 0, hint, null);
    }

    private ImportException(String summary, List<LineError> errors, int badLines, ImportHint hint, String note) {
        super(note == null ? summary : summary + " " + note);
        this.errors = List.copyOf(errors);
        this.badLines = badLines;
        this.summary = summary;
        this.hint = hint;
        this.note = note;
    }

    /** The same refusal with {@code note} after its message ("... nothing imported (read with ...)"). */
    public ImportException withNote(String note) {
        var refusal = new ImportException(summary, errors, badLines, hint, this.note == null ? note
                : this.note + " " + note);
        refusal.initCause(this);
        return refusal;
    }

    /** The first bad lines' errors, in line order (a line may have several). */
    public List<LineError> errors() {
        return errors;
    }

    public int badLines() {
        return badLines;
    }

    /** What the user can choose to read a file refused as a whole; {@link ImportHint#NONE} when lines are bad. */
    public ImportHint hint() {
        return hint;
    }

    /** The message with the file's hint in {@code wording}'s words (before the note, if any). */
    public String message(ImportHint.Wording wording) {
        String worded = wording.apply(summary, hint, null);
        return note == null ? worded : worded + " " + note;
    }

    /**
     * One problem on one line of the file: the line (1 = header), the field, what is wrong (naming no option or
     * control), and what the user can choose about it.
     */
    public record LineError(long line, String field, String message, ImportHint hint) {
        public LineError(long line, String field, String message) {
            this(line, field, message, ImportHint.NONE);
        }

        /** "line 3, date: ..." with the hint in {@code wording}'s words. */
        public String describe(ImportHint.Wording wording) {
            String worded = wording.apply(message, hint, field);
            return field == null ? Texts.format("import.line", line, worded)
                    : Texts.format("import.lineField", line, field, worded);
        }

        /** The line without its hint, as {@link #describe} with no words for it. */
        @Override
        public String toString() {
            return describe((message, hint, field) -> message);
        }
    }
}
