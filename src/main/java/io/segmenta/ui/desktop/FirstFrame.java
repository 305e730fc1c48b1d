package io.segmenta.ui.desktop;

import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Tells when a scene has been painted. JavaFX renders a frame after each pulse that changed the
 * scene and starts the next pulse only once that frame is done, so the second pulse after a change
 * comes after the change reached the screen: that is when {@link #afterNextFrame} calls back.
 */
public final class FirstFrame {
    private FirstFrame() {
    }

    /** Runs {@code action} on the FX thread once the scene as it is now has been painted. Call on the FX thread. */
    public static void afterNextFrame(Scene scene, Runnable action) {
        Objects.requireNonNull(action, "action");
        Runnable[] listener = new Runnable[1];
        int[] pulses = {0};
        listener[0] = () -> {
            pulses[0]++;
            if (pulses[0] == 1) {
                Platform.requestNextPulse();
            } else if (pulses[0] == 2) {
                // a pulse listener may not remove itself while the pulse runs its listeners
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(listener[0]);
                    action.run();
                });
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
