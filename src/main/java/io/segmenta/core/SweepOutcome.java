package io.segmenta.core;

import io.segmenta.core.cluster.SweepResult;
import io.segmenta.core.prep.PreparedFeatures;

/** A finished k sweep with the features it ran on. */
public record SweepOutcome(SweepSpec spec, PreparedFeatures features, SweepResult result) {
}
