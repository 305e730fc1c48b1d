package io.segmenta.ui;

/** The workflow steps in the sidebar, in order. */
public enum Step {
    DATA("Data", "Open a table, set roles", "mdi2t-table", true),
    EXPLORE("Explore", "Statistics and charts", "mdi2c-chart-box-outline", true),
    PREPARE("Prepare", "Missing, scaling, outliers", "mdi2t-tune-variant", true),
    SEGMENT("Segment", "Features, k, clustering", "mdi2c-chart-scatter-plot", true),
    PROFILES("Profiles", "Read and name segments", "mdi2a-account-group-outline", true),
    PREDICT("Predict", "New customers", "mdi2t-target-account", true);

    private final String title;
    private final String caption;
    private final String icon;
    private final boolean available;

    Step(String title, String caption, String icon, boolean available) {
        this.title = title;
        this.caption = caption;
        this.icon = icon;
        this.available = available;
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

    /** False for steps that come in a later version (shown, but as such). */
    public boolean available() {
        return available;
    }
}
