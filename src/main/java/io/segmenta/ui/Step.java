package io.segmenta.ui;

/** The workflow steps in the sidebar, in order. */
public enum Step {
    DATA("Data", "Open a table, set roles", "mdi2t-table"),
    EXPLORE("Explore", "Statistics and charts", "mdi2c-chart-box-outline"),
    PREPARE("Prepare", "Missing, scaling, outliers", "mdi2t-tune-variant"),
    SEGMENT("Segment", "Features, k, clustering", "mdi2c-chart-scatter-plot"),
    PROFILES("Profiles", "Read and name segments", "mdi2a-account-group-outline"),
    PREDICT("Predict", "New customers", "mdi2t-target-account");

    private final String title;
    private final String caption;
    private final String icon;
    Step(String title, String caption, String icon) {
        this.title = title;
        this.caption = caption;
        this.icon = icon;
    }

    public String title() {
        return title;
    }

    /** One line under the title in the sidebar. */
    public String caption() {
        return caption;
    }

    /** Ikonli Material Design 2 icon literal. */
    public String icon() {
        return icon;
    }
}
