package io.segmenta.core.prep;

/**
 * One column of the prepared feature matrix.
 *
 * @param name         the name shown to users: the column name for a numeric feature, "Column=level" for
 *                     a one-hot indicator (e.g. "Gender=Male")
 * @param sourceColumn the dataset column it comes from
 * @param level        the category level for an indicator, null for a numeric feature
 */
public record EncodedFeature(String name, String sourceColumn, String level) {
    public boolean isIndicator() {
        return level != null;
    }
}
