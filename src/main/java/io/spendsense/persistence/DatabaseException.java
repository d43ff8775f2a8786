package io.spendsense.persistence;

/** The database cannot be opened or used; the message says why in plain words. */
public class DatabaseException extends RuntimeException {
    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
