package io.spendsense.ui.common;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import javafx.util.Callback;

/**
 * The FXMLLoader controller factory of the composition root: each controller class is registered with the code that
 * builds it. An FXML naming a controller nobody registered fails at once with a clear message instead of being
 * instantiated reflectively without its view-model (Cryptomator's rule).
 */
public final class ControllerFactory implements Callback<Class<?>, Object> {
    private final Map<Class<?>, Supplier<?>> suppliers = new HashMap<>();

    public <C> ControllerFactory register(Class<C> type, Supplier<? extends C> supplier) {
        suppliers.put(type, supplier);
        return this;
    }

    @Override
    public Object call(Class<?> type) {
        Supplier<?> supplier = suppliers.get(type);
        if (supplier == null) {
            throw new IllegalStateException("No controller registered for " + type.getName()
                    + "; register it where its FXML is loaded (AppContext, SignedInSession)");
        }
        return supplier.get();
    }
}
