package io.segmenta.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.fxml.JavaFXBuilderFactory;
import javafx.scene.Parent;
import javafx.util.Builder;
import javafx.util.BuilderFactory;

/** Loads a view's FXML (next to its class) with a controller that was built with its view-model. */
public final class Fxml {
    /** Every load's builder factory (see {@link KnownBuilders}). */
    private static final BuilderFactory BUILDERS = new KnownBuilders(new JavaFXBuilderFactory());

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
        FXMLLoader loader = new FXMLLoader(url, null, BUILDERS);
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

    /**
     * JavaFX's builder factory, remembering the types it has no builder for. An {@link FXMLLoader} asks its factory
     * for every element it makes, and JavaFX's scans the element type's constructors by reflection each time (it
     * keeps no record): on the built-in sample 36 ms of the 308 ms the JavaFX thread spent building the steps'
     * pages. Whether a type has a builder depends on the type alone; a type that has one gets a new builder from
     * JavaFX's factory each time, as before (builders hold the element's values).
     */
    static final class KnownBuilders implements BuilderFactory {
        private final BuilderFactory factory;
        private final ClassValue<Boolean> none = new ClassValue<>() {
            @Override
            protected Boolean computeValue(Class<?> type) {
                return factory.getBuilder(type) == null;
            }
        };

        KnownBuilders(BuilderFactory factory) {
            this.factory = factory;
        }

        @Override
        public Builder<?> getBuilder(Class<?> type) {
            return none.get(type) ? null : factory.getBuilder(type);
        }
    }
}
