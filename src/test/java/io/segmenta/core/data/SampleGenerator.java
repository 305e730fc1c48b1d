package io.segmenta.core.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates the built-in sample: 500 synthetic mall customers in the five groups the Mall
 * Customers data is known for, so a new user can try every step without a file of their own.
 * The output is fixed by the seed ({@link java.util.Random}'s generator and {@code nextGaussian}
 * are specified by the Java platform, so every JVM gives the same text).
 *
 * <p>Columns: {@code CustomerID} (0001 ... 0500), {@code Gender} (Female/Male),
 * {@code Age}, {@code Annual Income (k$)}, {@code Spending Score (1-100)}, all whole numbers.
 * Groups (sizes as shares of the Mall data): average income and spending (202), high income and
 * high spending (98), high income and low spending (88), low income and low spending (57), low income
 * and high spending (55). Seven cells are left empty (3 ages, 2 incomes, 2 genders) and three
 * customers have incomes far above the rest (outliers), so the preparation step has something to do.
 *
 * <p>A developer tool, kept with the tests: the app ships only its output, the resource
 * {@code src/main/resources/io/segmenta/sample/customers_sample.csv}, and {@code SampleTest} checks
 * that the two are equal. After changing the generator, regenerate the resource with
 * {@code ./mvnw -q test-compile && java -cp target/test-classes:target/classes
 * io.segmenta.core.data.SampleGenerator src/main/resources/io/segmenta/sample/customers_sample.csv}.
 */
public final class SampleGenerator {
    /** Seed of the sample. */
    public static final long SEED = 20_240_601L;
    /** Where the resource lives in the source tree, relative to the project folder. */
    public static final String RESOURCE_FILE = "src/main/resources/" + Datasets.SAMPLE_RESOURCE;

    static final String HEADER = "CustomerID,Gender,Age,Annual Income (k$),Spending Score (1-100)";

    /**
     * One customer group: size, share of women, and mean/standard deviation/range of age, income and
     * spending score.
     */
    private record Group(int size, double female, double age, double ageSd, int ageMin, int ageMax,
                         double income, double incomeSd, double score, double scoreSd) {
    }

    private static final List<Group> GROUPS = List.of(
            new Group(202, 0.58, 43, 13, 18, 70, 55, 7, 50, 6),   // average income, average spending
            new Group(98, 0.54, 33, 3.5, 27, 40, 87, 11, 82, 8),  // high income, high spending
            new Group(88, 0.46, 41, 10, 19, 59, 88, 13, 17, 9),   // high income, low spending
            new Group(57, 0.60, 45, 12, 19, 67, 26, 7, 20, 10),   // low income, low spending
            new Group(55, 0.59, 25, 5, 18, 35, 25, 7, 80, 9));    // low income, high spending

    /** Incomes (k$) of the three outliers, given to customers of the high-income groups. */
    private static final int[] OUTLIER_INCOMES = {212, 246, 289};
    private static final int MISSING_AGES = 3;
    private static final int MISSING_INCOMES = 2;
    private static final int MISSING_GENDERS = 2;

    private SampleGenerator() {
    }

    /** The sample as CSV text: header, 500 rows, {@code \n} line ends, a final line end. */
    public static String csv() {
        Random random = new Random(SEED);
        List<int[]> rows = new ArrayList<>();   // {female (1/0), age, income, score}
        for (int g = 0; g < GROUPS.size(); g++) {
            Group group = GROUPS.get(g);
            for (int i = 0; i < group.size(); i++) {
                int female = random.nextDouble() < group.female() ? 1 : 0;
                int age = clamp(Math.round(group.age() + random.nextGaussian() * group.ageSd()), group.ageMin(),
                        group.ageMax());
                int income = clamp(Math.round(group.income() + random.nextGaussian() * group.incomeSd()), 15, 140);
                int score = clamp(Math.round(group.score() + random.nextGaussian() * group.scoreSd()), 1, 99);
                rows.add(new int[] {female, age, income, score, g});
            }
        }
        // outliers: the first customers of the two high-income groups
        int highHigh = GROUPS.get(0).size();
        int highLow = highHigh + GROUPS.get(1).size();
        rows.get(highHigh)[2] = OUTLIER_INCOMES[0];
        rows.get(highLow)[2] = OUTLIER_INCOMES[1];
        rows.get(highLow + 1)[2] = OUTLIER_INCOMES[2];
        // customers arrive in no particular order
        for (int i = rows.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int[] t = rows.get(i);
            rows.set(i, rows.get(j));
            rows.set(j, t);
        }
        boolean[][] missing = new boolean[rows.size()][3]; // gender, age, income
        markMissing(random, rows, missing, 1, MISSING_AGES);
        markMissing(random, rows, missing, 2, MISSING_INCOMES);
        markMissing(random, rows, missing, 0, MISSING_GENDERS);

        StringBuilder out = new StringBuilder(rows.size() * 24);
        out.append(HEADER).append('\n');
        for (int i = 0; i < rows.size(); i++) {
            int[] r = rows.get(i);
            out.append(String.format(Locale.ROOT, "%04d", i + 1)).append(',')
                    .append(missing[i][0] ? "" : r[0] == 1 ? "Female" : "Male").append(',')
                    .append(missing[i][1] ? "" : Integer.toString(r[1])).append(',')
                    .append(missing[i][2] ? "" : Integer.toString(r[2])).append(',')
                    .append(r[3]).append('\n');
        }
        return out.toString();
    }

    /** Blanks {@code count} cells of field {@code field}, each in a different row with no blank yet and no outlier. */
    private static void markMissing(Random random, List<int[]> rows, boolean[][] missing, int field, int count) {
        int done = 0;
        while (done < count) {
            int i = random.nextInt(rows.size());
            boolean outlier = rows.get(i)[2] > 140;
            if (!outlier && !missing[i][0] && !missing[i][1] && !missing[i][2]) {
                missing[i][field] = true;
                done++;
            }
        }
    }

    private static int clamp(long v, int min, int max) {
        return (int) Math.max(min, Math.min(max, v));
    }

    /**
     * Writes {@link #csv()} as UTF-8 to the file given as first argument, or to
     * {@link #RESOURCE_FILE} under the current folder.
     */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : RESOURCE_FILE);
        Files.writeString(target, csv(), StandardCharsets.UTF_8);
        System.out.println("Wrote " + target.toAbsolutePath());
    }
}
