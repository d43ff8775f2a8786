package io.spendsense.ui.common;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import javafx.util.Callback;

/**
 * The FXMLLoader controller factory of the composition root, the only one of the app: each controller class is
 * registered with the code that
 * builds it. An FXML naming a controller nobody registered fails at once with a clear message instead of being
 * instantiated reflectively without its view-model (Cryptomator's rule).
 */
public final class ControllerFactory implements Callback<Class<?>, Object> {
    private final Map<Class<?>, Supplier<?>> suppliers = new HashMap<>();

    public <C> ControllerFactory register(Class<C> type, Supplier<? extends C> supplier) {
        suppliers.put(type, supplier);
        return this;
    }

    /** Forgets {@code type}: a session's controllers go when the session does, so a stale load fails fast. */
    public void unregister(Class<?> type) {
        suppliers.remove(type);
    }

    @Override
    public Object call(Class<?> type) {
        Supplier<?> supplier = suppliers.get(type);
        if (supplier == null) {
            throw new IllegalStateException("No controller registered for " + type.getName()
                    + "; register it in the composition root (AppContext, or SignedInSession for a signed-in screen)");
        }
        return supplier.get();
    }
}
