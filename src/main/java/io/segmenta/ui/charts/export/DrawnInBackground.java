package io.segmenta.ui.charts.export;

/**
 * A chart that finishes large pictures in the background, showing a first pass meanwhile. An export
 * asks it to draw everything at once, so that the file holds the whole picture.
 */
public interface DrawnInBackground {
    /** While {@code on}, every paint draws the whole picture on the calling thread. */
    void drawEverythingNow(boolean on);
}
