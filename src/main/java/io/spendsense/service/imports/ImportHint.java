package io.spendsense.service.imports;

/**
 * What the user can change so that a refused statement is read: each front end words it for its own controls (the
 * command line names its option, the import dialog its chooser), so the service never names either. Not to be
 * confused with {@link Hint}, which is what a statement says about one of its lines.
 */
public enum ImportHint {
    /** Nothing to choose: the file itself must change. */
    NONE,
    /** The dates could be day first or month first: give the order (or a date format). */
    DATE_ORDER,
    /** A date is ambiguous because the file mixes orders: give the date format. */
    DATE_FORMAT,
    /** A date does not fit the format the file was read with: another date format may read it. */
    OTHER_DATE_FORMAT,
    /** A negative amount where amounts must be positive: a bank export needs its sign convention. */
    SIGN,
    /** A needed column (the problem's field: date or amount) was not found: name it. */
    COLUMN,
    /**
     * Not a refusal: the sign convention was guessed from the majority of the amounts (the message says which way),
     * so the user may want to give it.
     */
    GUESSED_SIGN;

    /** How a front end words a hint: {@code message} (what is wrong) with the hint for {@code field} added. */
    @FunctionalInterface
    public interface Wording {
        String apply(String message, ImportHint hint, String field);
    }
}
