package io.segmenta.ui.predict;

import java.nio.file.Path;

/** The files the Predict step asks for; the window uses file choosers, tests give answers. */
public interface PredictDialogs {
    /** A model file to open, or null when the user cancels. */
    Path chooseModelToOpen();

    /** Where to save a model, or null. */
    Path chooseModelTarget(String suggestedName);

    /** A CSV file of new customers, or null. */
    Path chooseCustomersToOpen();

    /** Where to write the customers with their segments, or null. */
    Path chooseResultTarget(String suggestedName);
}
