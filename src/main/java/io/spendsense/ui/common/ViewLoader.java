package io.spendsense.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;
import java.util.ResourceBundle;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

/** Loads an FXML view with the app's controller factory and message bundle (so FXML can say {@code %key}). */
public final class ViewLoader {
    public static final String BUNDLE = Messages.BUNDLE;
    private final Callback<Class<?>, Object> controllers;
    private final ResourceBundle bundle;

    public ViewLoader(Callback<Class<?>, Object> controllers) {
        this.controllers = controllers;
        this.bundle = ResourceBundle.getBundle(BUNDLE);
    }

    /** {@code resource} is absolute on the class path, e.g. {@code /io/spendsense/ui/signin/SignIn.fxml}. */
    public <C> Loaded<C> load(String resource) {
        URL url = Objects.requireNonNull(ViewLoader.class.getResource(resource), () -> "No FXML at " + resource);
        var loader = new FXMLLoader(url, bundle);
        loader.setControllerFactory(controllers);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + resource, e);
        }
    }

    /**
     * Loads the FXML named {@code fxml} next to {@code controller}'s class with that object as its controller and the
     * message bundle, and adds {@code stylesheet} (absolute on the class path) to its root: for the self-contained
     * views (charts, chat, budgets, insights) that the shell builds with their view-model.
     */
    public static Parent loadSelf(Object controller, String fxml, String stylesheet) {
        Class<?> type = controller.getClass();
        URL url = Objects.requireNonNull(type.getResource(fxml), () -> "No FXML " + fxml + " beside " + type.getName());
        var loader = new FXMLLoader(url, ResourceBundle.getBundle(BUNDLE));
        loader.setController(controller);
        try {
            Parent root = loader.load();
            root.getStylesheets()
                    .add(Objects.requireNonNull(type.getResource(stylesheet), stylesheet).toExternalForm());
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String text(String key) {
        return bundle.getString(key);
    }

    /** A loaded view: its root node and its controller. */
    public record Loaded<C>(Parent root, C controller) {
    }
}
