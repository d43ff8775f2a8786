package io.spendsense.service;

/** Sign-in refused: wrong name or password (one message for both), or the account is locked until a time. */
public class AuthenticationException extends ServiceException {
    public AuthenticationException(String message) {
        super(message);
    }
}
