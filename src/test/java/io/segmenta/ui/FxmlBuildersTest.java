package io.segmenta.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import javafx.fxml.JavaFXBuilderFactory;
import javafx.geometry.Insets;
import javafx.util.Builder;
import javafx.util.BuilderFactory;
import org.junit.jupiter.api.Test;

class FxmlBuildersTest {
    @Test
    void asksOnceForATypeWithoutBuilderAndEveryTimeForATypeWithOne() {
        List<Class<?>> asked = new ArrayList<>();
        BuilderFactory javafx = new JavaFXBuilderFactory();
        Fxml.KnownBuilders known = new Fxml.KnownBuilders(type -> {
            asked.add(type);
            return javafx.getBuilder(type);
        });
        for (int i = 0; i < 3; i++) {
            assertNull(known.getBuilder(StringBuilder.class));
        }
        assertEquals(1, asked.stream().filter(StringBuilder.class::equals).count(), "no builder: asked once");

        Builder<?> first = known.getBuilder(Insets.class);
        Builder<?> second = known.getBuilder(Insets.class);
        assertNotNull(first, "Insets is built through its @NamedArg constructor");
        assertNotSame(first, second, "a builder holds one element's values: a new one per element");
    }
}
