package io.spendsense.service;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks a rule. Each error names the field and the rule; nothing was saved. */
public class ValidationException extends ServiceException {
    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::message).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public ValidationException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** One broken rule: the field and a sentence a user can act on ("amount must be greater than 0"). */
    public record FieldError(String field, String message) {
    }
}
