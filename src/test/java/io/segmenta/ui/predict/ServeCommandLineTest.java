package io.segmenta.ui.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The Predict step's command line that serves the model in use, quoted for a shell where needed. */
class ServeCommandLineTest {
    @Test
    void aModelFileIsServedByItsPathQuotedWhenItNeedsIt() {
        assertEquals("segmenta serve --model /home/ana/mall-model.json",
                PredictViewModel.serveCommand(Path.of("/home/ana/mall-model.json")));
        assertEquals("segmenta serve --model '/home/ana/My models/ana'\\''s model.json'",
                PredictViewModel.serveCommand(Path.of("/home/ana/My models/ana's model.json")));
        assertEquals("segmenta serve --model MODEL.json", PredictViewModel.serveCommand(null));
    }
}
