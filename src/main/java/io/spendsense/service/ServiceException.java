package io.spendsense.service;

/** A user-facing failure: the message is a plain sentence meant to be shown as is. */
public class ServiceException extends RuntimeException {
    public ServiceException(String message) {
        super(message);
    }

    public ServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
