package io.segmenta.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.segmenta.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 150 randomly damaged copies of the Mall file ({@link DamagedCopies}, seed 19) read by Segmenta and
 * by pandas ({@code pd.read_csv(f)} with its defaults). Before short rows were read, Segmenta read
 * 26 of them and pandas 84. Now Segmenta reads every copy pandas reads, with the same number of
 * rows, except one where a stray double quote makes a value run on (pandas silently swallows 64 rows
 * into one value; Segmenta names the line). Segmenta's own CSV tokenizer reads two copies that
 * OpenCSV's parser refused, with pandas's row count.
 */
class DamagedMallTest {
    /** What pandas 2 read from each copy: its row count, or E for an error (see {@link #pandasStillSaysSo}). */
    static final String PANDAS = "190 E 200 E 196 E 200 E E E 200 200 200 E 188 200 E 200 198 200 200 200 200 E E E E "
            + "200 E 200 200 200 E 200 200 E E E 200 E E E 200 200 200 200 E 200 197 E 200 200 E 200 E E 200 E E E 200 "
            + "E E 200 200 195 200 200 E 200 70 200 200 186 E 200 200 200 E 177 200 E 200 200 200 E E 200 E 200 200 E "
            + "200 E E E 200 E 200 200 E E 137 200 191 E E 200 200 E 200 198 E 200 200 E E E 191 E E 192 E E 181 E 200 "
            + "E 200 200 E 200 200 200 E E E E 200 E 200 E 184 E E 200 200 190 200 200";
    static final String PANDAS_SCRIPT = "import sys, glob, warnings\n"
            + "import pandas as pd\n"
            + "warnings.simplefilter('ignore')\n"
            + "out = []\n"
            + "for f in sorted(glob.glob(sys.argv[1] + '/damaged-*.csv')):\n"
            + "    try:\n"
            + "        out.append(str(len(pd.read_csv(f))))\n"
            + "    except Exception:\n"
            + "        out.append('E')\n"
            + "print(' '.join(out))\n";

    @TempDir
    Path dir;

    private List<DamagedCopies.Copy> copies() throws IOException {
        return DamagedCopies.write(SharedData.dataset(SharedData.MALL), dir, 150, 19);
    }

    @Test
    void readsWhatPandasReadsExceptStrayQuotes() throws IOException {
        List<DamagedCopies.Copy> copies = copies();
        String[] pandas = PANDAS.split(" ");
        assertEquals(150, pandas.length);
        int read = 0;
        int pandasRead = 0;
        int strayQuotes = 0;
        int withShortRows = 0;
        for (int i = 0; i < copies.size(); i++) {
            DamagedCopies.Copy c = copies.get(i);
            boolean pandasOk = !pandas[i].equals("E");
            pandasRead += pandasOk ? 1 : 0;
            try {
                Dataset d = CsvImporter.read(c.file());
                read++;
                assertTrue(pandasOk, c + ": pandas refuses it, Segmenta reads it");
                assertEquals(Integer.parseInt(pandas[i]), d.rowCount(), c + ": rows as pandas");
                if (d.shortRows().count() > 0) {
                    withShortRows++;
                    assertTrue(d.warnings().stream().anyMatch(w -> w.contains("fewer fields than the header")), c::toString);
                }
            } catch (CsvFormatException e) {
                assertTrue(e.line() > 1 && e.getMessage().contains("line " + e.line()), e::getMessage);
                if (pandasOk) {
                    strayQuotes++;
                    assertTrue(c.damages().contains(DamagedCopies.Damage.STRAY_QUOTE), c + ": " + e.getMessage());
                    assertTrue(e.getMessage().contains("double quote") || e.getMessage().contains("closing quote"),
                            e::getMessage);
                }
            }
        }
        assertEquals(84, pandasRead);
        assertEquals(83, read, "26 before short rows were read, 81 with OpenCSV's parser");
        assertEquals(1, strayQuotes);
        assertTrue(withShortRows >= 50, "copies read with short rows: " + withShortRows);
    }

    /** The recorded pandas figures are still what pandas says (where python3 with pandas is installed). */
    @Test
    void pandasStillSaysSo() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python), "needs /usr/bin/python3 with pandas to check the recorded figures");
        copies();
        Path script = dir.resolve("read.py");
        Files.writeString(script, PANDAS_SCRIPT, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(python.toString(), script.toString(), dir.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assumeTrue(p.exitValue() == 0 || !out.contains("No module named 'pandas'"), "pandas is not installed");
        assertEquals(PANDAS, out);
    }
}
