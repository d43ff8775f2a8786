package io.spendsense.cli;

/** A mistake at the command line that is not bad usage: a missing file, a missing password. Exit code 1. */
public class UserException extends RuntimeException {
    public UserException(String message) {
        super(message);
    }
}
