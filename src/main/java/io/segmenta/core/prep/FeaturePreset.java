package io.segmenta.core.prep;

import java.util.List;

/** A named feature set offered as a one-click choice, e.g. "Income + Spending". */
public record FeaturePreset(String label, List<String> columns) {
    public FeaturePreset {
        columns = List.copyOf(columns);
    }
}
