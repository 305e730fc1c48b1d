/** Small numerical definitions shared by the core's packages (no JavaFX, no state). */
package io.segmenta.core.math;
