package io.spendsense.ui.common;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;
import java.util.ResourceBundle;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

/**
 * The one way to load a view: an FXML with its {@code fx:controller}, whose controller the app's
 * {@link ControllerFactory} builds, and the message bundle (so FXML can say {@code %key}). The FXML names its own
 * stylesheets ({@code stylesheets="@../insights.css"}).
 */
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
            requireStylesheets(resource, root);
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + resource, e);
        }
    }

    /** FXML resolves {@code stylesheets="@../x.css"} without looking: a misspelt name would only lose the styles. */
    private static void requireStylesheets(String resource, Parent root) throws IOException {
        for (String stylesheet : root.getStylesheets()) {
            try {
                new URL(stylesheet).openStream().close();
            } catch (FileNotFoundException e) {
                throw new FileNotFoundException("No stylesheet " + stylesheet + " for " + resource);
            }
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
