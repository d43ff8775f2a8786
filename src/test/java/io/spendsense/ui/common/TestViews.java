package io.spendsense.ui.common;

import java.util.function.Supplier;

import javafx.scene.Parent;

/**
 * Loads one screen the way the app does (its FXML, the controller factory, the bundle) with a controller of the test's.
 */
public final class TestViews {
    private TestViews() {
    }

    /** The root of {@code fxml}, whose {@code fx:controller} {@code type} is built by {@code controller}. */
    public static <C> Parent load(Class<C> type, String fxml, Supplier<? extends C> controller) {
        return new ViewLoader(new ControllerFactory().register(type, controller)).load(fxml).root();
    }
}
