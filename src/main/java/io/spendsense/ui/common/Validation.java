package io.spendsense.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * Shows a view-model's field message as a ControlsFX decoration: the rule lives in the view-model, the red mark and
 * its tooltip in the view. Re-validates when the message changes, whatever changed it.
 */
public final class Validation {
    private Validation() {
    }

    public static void decorate(ValidationSupport support, Control control, ObservableStringValue error) {
        Validator<Object> validator = (c, value) ->
        ValidationResult.fromErrorIf(c, error.get(), !error.get().isEmpty());
        support.registerValidator(control, false, validator);
        error.addListener((o, a, b) -> support.revalidate(control));
    }
}
