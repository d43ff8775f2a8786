package io.spendsense.service;

/** The signed-in user has no such item (it may exist for someone else: the message never says). */
public class NotFoundException extends ServiceException {
    public NotFoundException(String message) {
        super(message);
    }
}
