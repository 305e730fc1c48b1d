package io.segmenta.core.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes randomly damaged copies of a CSV file, the way files get damaged on their way to an
 * analyst, from a seed (the same seed gives the same copies on every machine: {@link Random} is
 * specified). Each copy gets one to three damages, each on a random data row:
 * <ul>
 *   <li>{@link Damage#DROP_TRAILING}: the last one or more fields are left out (exporters that drop
 *       trailing empty cells);</li>
 *   <li>{@link Damage#TRUNCATE_LINE}: the line is cut at a random character;</li>
 *   <li>{@link Damage#DELETE_CHAR}: one random character is deleted (sometimes a separator);</li>
 *   <li>{@link Damage#EXTRA_FIELD}: a separator is inserted, so the row has a field too many;</li>
 *   <li>{@link Damage#JOIN_LINES}: the line break after the row is lost, joining it with the next;</li>
 *   <li>{@link Damage#BLANK_LINE}: an empty line is inserted;</li>
 *   <li>{@link Damage#STRAY_QUOTE}: a double quote is inserted at a random place;</li>
 *   <li>{@link Damage#CUT_FILE}: the file ends early, inside its last kept line (an interrupted copy).</li>
 * </ul>
 */
final class DamagedCopies {
    enum Damage { DROP_TRAILING, TRUNCATE_LINE, DELETE_CHAR, EXTRA_FIELD, JOIN_LINES, BLANK_LINE, STRAY_QUOTE, CUT_FILE }

    /** One damaged copy: its file and the damages applied. */
    record Copy(Path file, Set<Damage> damages) {
    }

    private DamagedCopies() {
    }

    /** Writes {@code count} damaged copies of {@code original} into {@code dir} as damaged-000.csv, ... */
    static List<Copy> write(Path original, Path dir, int count, long seed) throws IOException {
        List<String> lines = Files.readAllLines(original, StandardCharsets.UTF_8);
        Random random = new Random(seed);
        List<Copy> copies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> copy = new ArrayList<>(lines);
            Set<Damage> applied = EnumSet.noneOf(Damage.class);
            int damages = 1 + random.nextInt(3);
            String tail = null;
            for (int d = 0; d < damages; d++) {
                Damage kind = Damage.values()[random.nextInt(Damage.values().length)];
                int row = 1 + random.nextInt(copy.size() - 1);
                String line = copy.get(row);
                applied.add(kind);
                switch (kind) {
                    case DROP_TRAILING -> {
                        String[] fields = line.split(",", -1);
                        int keep = 1 + random.nextInt(fields.length - 1);
                        copy.set(row, String.join(",", java.util.Arrays.copyOf(fields, keep)));
                    }
                    case TRUNCATE_LINE -> copy.set(row, line.substring(0, 1 + random.nextInt(Math.max(1, line.length() - 1))));
                    case DELETE_CHAR -> {
                        int at = random.nextInt(line.length());
                        copy.set(row, line.substring(0, at) + line.substring(at + 1));
                    }
                    case EXTRA_FIELD -> {
                        int at = random.nextInt(line.length() + 1);
                        copy.set(row, line.substring(0, at) + "," + line.substring(at));
                    }
                    case JOIN_LINES -> {
                        if (row + 1 < copy.size()) {
                            copy.set(row, line + copy.remove(row + 1));
                        }
                    }
                    case BLANK_LINE -> copy.add(row, "");
                    case STRAY_QUOTE -> {
                        int at = random.nextInt(line.length() + 1);
                        copy.set(row, line.substring(0, at) + "\"" + line.substring(at));
                    }
                    case CUT_FILE -> {
                        int last = copy.size() - 1 - random.nextInt(Math.min(20, copy.size() - 1));
                        String cut = copy.get(last);
                        tail = cut.substring(0, 1 + random.nextInt(Math.max(1, cut.length() - 1)));
                        while (copy.size() > last) {
                            copy.remove(copy.size() - 1);
                        }
                    }
                    default -> throw new IllegalStateException(kind.name());
                }
            }
            StringBuilder text = new StringBuilder();
            for (String l : copy) {
                text.append(l).append('\n');
            }
            if (tail != null) {
                text.append(tail); // no line end: the copy stopped there
            }
            Path file = dir.resolve(String.format(java.util.Locale.ROOT, "damaged-%03d.csv", i));
            Files.writeString(file, text, StandardCharsets.UTF_8);
            copies.add(new Copy(file, applied));
        }
        return copies;
    }
}
