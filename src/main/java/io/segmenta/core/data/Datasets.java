package io.segmenta.core.data;

/** Datasets that ship with Segmenta. */
public final class Datasets {
    /** Classpath resource of the built-in sample (written by the test tool {@code SampleGenerator}). */
    public static final String SAMPLE_RESOURCE = "io/segmenta/sample/customers_sample.csv";
    /** The name the sample is shown under. */
    public static final String SAMPLE_NAME = "customers_sample.csv";

    private static Dataset sample;

    private Datasets() {
    }

    /**
     * The built-in sample of 500 synthetic mall customers (see {@code SampleGenerator} in src/test), read through
     * {@link CsvImporter#readResource} the first time and shared afterwards (datasets are immutable).
     */
    public static synchronized Dataset sample() {
        if (sample == null) {
            sample = CsvImporter.readResource(SAMPLE_RESOURCE, SAMPLE_NAME);
        }
        return sample;
    }
}
