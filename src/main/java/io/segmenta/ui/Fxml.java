package io.segmenta.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a view's FXML (next to its class) with a controller that was built with its view-model. */
public final class Fxml {
    private Fxml() {
    }

    /**
     * Loads {@code <ControllerClass>.fxml} from the controller's package, using {@code controller} for
     * the FXML's {@code fx:controller}.
     */
    public static Parent load(Object controller) {
        return load(controller, new Object[0]);
    }

    /**
     * Loads {@code <ControllerClass>.fxml} like {@link #load(Object)}; the views it takes in with
     * {@code fx:include} get their controllers from {@code included} (each built with its view-model),
     * matched by class.
     */
    public static Parent load(Object controller, Object... included) {
        Class<?> type = controller.getClass();
        String name = type.getSimpleName() + ".fxml";
        URL url = type.getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing resource " + type.getPackageName().replace('.', '/') + "/" + name);
        }
        FXMLLoader loader = new FXMLLoader(url);
        loader.setControllerFactory(requested -> {
            if (requested.isInstance(controller)) {
                return controller;
            }
            for (Object c : included) {
                if (requested.isInstance(c)) {
                    return c;
                }
            }
            throw new IllegalStateException(name + " asks for controller " + requested.getName() + ", expected "
                    + type.getName());
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + url, e);
        }
    }
}
