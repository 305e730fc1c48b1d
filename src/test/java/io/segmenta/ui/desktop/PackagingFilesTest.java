package io.segmenta.ui.desktop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.data.Importers;
import io.segmenta.ui.MainWindow;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The files the installers are built from agree with the application: menu entry, file association, icons. */
class PackagingFilesTest {
    private static final Path ROOT = Path.of(System.getProperty("user.dir"));

    private static Map<String, String> desktopEntry() throws Exception {
        Map<String, String> entry = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(ROOT.resolve("packaging/linux/Segmenta.desktop"), StandardCharsets.UTF_8);
        assertEquals("[Desktop Entry]", lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            int eq = line.indexOf('=');
            entry.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return entry;
    }

    @Test
    void theMenuEntryMatchesTheWindowAndOpensTables() throws Exception {
        Map<String, String> e = desktopEntry();
        assertEquals(MainWindow.APP_ID, e.get("StartupWMClass"), "the menu entry and the window's WM_CLASS must agree");
        assertEquals("Segmenta", e.get("Name"));
        assertEquals("Application", e.get("Type"));
        assertTrue(e.get("Exec").matches("APPLICATION_LAUNCHER %f"), "jpackage fills in the launcher; %f passes the file");
        assertEquals("APPLICATION_ICON", e.get("Icon"));
        assertTrue(List.of(e.get("Categories").split(";")).containsAll(List.of("Office", "Science")), e.get("Categories"));
        assertTrue(List.of(e.get("MimeType").split(";")).contains("text/csv"), e.get("MimeType"));
        assertTrue(!e.get("Comment").isBlank());
    }

    @Test
    void theDebianScriptsKeepJpackagesCommandsAndTheMenuEntryName() throws Exception {
        String postinst = Files.readString(ROOT.resolve("packaging/linux/postinst"));
        String prerm = Files.readString(ROOT.resolve("packaging/linux/prerm"));
        assertTrue(postinst.contains("\nDESKTOP_COMMANDS_INSTALL\n"), "jpackage puts its install commands there");
        assertTrue(prerm.contains("\nDESKTOP_COMMANDS_UNINSTALL\n") && prerm.contains("\nUTILITY_SCRIPTS\n"));
        // jpackage names the installed entry <package>-<launcher>.desktop
        assertTrue(postinst.contains("entry=segmenta-Segmenta.desktop") && prerm.contains("entry=segmenta-Segmenta.desktop"));
    }

    /**
     * The class archive is written where the package is installed and removed with it; the smoke test
     * (CI, on the built image) starts the launcher with -Xshare:on, so an archive Java cannot use fails it.
     */
    @Test
    void theDebianPackageWritesTheClassArchiveWhereItIsInstalledAndRemovesIt() throws Exception {
        String postinst = Files.readString(ROOT.resolve("packaging/linux/postinst"));
        String prerm = Files.readString(ROOT.resolve("packaging/linux/prerm"));
        String script = Files.readString(ROOT.resolve("packaging/linux/segmenta-class-archive.sh"));
        String pack = Files.readString(ROOT.resolve("packaging/Package.java"));
        assertTrue(postinst.contains("sh /opt/segmenta/lib/app/segmenta-class-archive.sh /opt/segmenta/lib/app || true"),
                "postinst writes the archive and a failure does not fail the installation");
        assertTrue(prerm.contains("rm -f /opt/segmenta/lib/app/segmenta.jsa"), "prerm removes the file postinst wrote");
        assertTrue(script.contains("archive=\"$app/segmenta.jsa\"") && script.contains("-Xshare:on"),
                "the script writes segmenta.jsa and checks that Java can use it");
        assertTrue(pack.contains("\"-XX:SharedArchiveFile=$APPDIR/\" + CLASS_ARCHIVE")
                && pack.contains("CLASS_ARCHIVE = \"segmenta.jsa\""), "the launcher reads the same file");
        assertTrue(Files.readString(ROOT.resolve("packaging/smoke-test.sh")).contains("-Xshare:on"));
    }

    @Test
    void csvXlsxAndParquetFilesAreAssociatedInEveryInstallerAndTheMenuEntry() throws Exception {
        Map<String, String> mimeTypes = Map.of("csv", "text/csv",
                "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "parquet", "application/vnd.apache.parquet");
        List<String> menu = List.of(desktopEntry().get("MimeType").split(";"));
        String packager = Files.readString(ROOT.resolve("packaging/Package.java"));
        assertTrue(packager.contains("ASSOCIATIONS = List.of(\"csv\", \"xlsx\", \"parquet\", \"project\")"),
                "Package.java passes every association to jpackage");
        try (var files = Files.list(ROOT.resolve("packaging"))) {
            assertEquals(new TreeSet<>(List.of("csv-association.properties", "parquet-association.properties",
                    "project-association.properties", "xlsx-association.properties")), files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith("-association.properties")).collect(java.util.stream.Collectors
                    .toCollection(TreeSet::new)));
        }
        for (Map.Entry<String, String> e : mimeTypes.entrySet()) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(ROOT.resolve("packaging/" + e.getKey() + "-association.properties"))) {
                p.load(r);
            }
            assertEquals(e.getValue(), p.getProperty("mime-type"));
            assertEquals(e.getKey(), p.getProperty("extension"));
            assertTrue(!p.getProperty("description", "").isBlank());
            assertTrue(menu.contains(e.getValue()), "the menu entry opens " + e.getValue());
            assertTrue(Importers.EXTENSIONS.contains(e.getKey()), "Segmenta reads ." + e.getKey());
        }
    }

    @Test
    void projectFilesAreAssociatedToo() throws Exception {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(ROOT.resolve("packaging/project-association.properties"))) {
            p.load(r);
        }
        assertEquals("application/x-segmenta-project", p.getProperty("mime-type"));
        assertEquals(io.segmenta.core.projectfile.Project.EXTENSION, p.getProperty("extension"));
        assertTrue(List.of(desktopEntry().get("MimeType").split(";")).contains("application/x-segmenta-project"),
                "the menu entry opens projects");
        assertTrue(Files.readString(ROOT.resolve("packaging/Package.java")).contains("\"project\")"),
                "every installer gets it (Package.ASSOCIATIONS)");
    }

    @Test
    void theWindowsIconHoldsEverySizeFrom16To256() throws Exception {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(ROOT.resolve("icons/segmenta.ico"))).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, b.getShort(0));
        assertEquals(1, b.getShort(2), "type 1: icon");
        int count = b.getShort(4);
        TreeSet<Integer> sizes = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            int at = 6 + 16 * i;
            int side = b.get(at) == 0 ? 256 : Byte.toUnsignedInt(b.get(at));
            sizes.add(side);
            assertEquals(32, b.getShort(at + 6), "32 bits per pixel");
            int length = b.getInt(at + 8);
            int offset = b.getInt(at + 12);
            assertTrue(offset + length <= b.capacity(), "entry " + side + " lies inside the file");
        }
        assertTrue(sizes.containsAll(List.of(16, 24, 32, 48, 64, 256)), sizes.toString());
    }

    @Test
    void theMacIconHoldsEverySizeFrom16To1024AsPng() throws Exception {
        byte[] icns = Files.readAllBytes(ROOT.resolve("icons/segmenta.icns"));
        ByteBuffer b = ByteBuffer.wrap(icns);
        assertEquals("icns", new String(icns, 0, 4, StandardCharsets.US_ASCII));
        assertEquals(icns.length, b.getInt(4));
        List<String> types = new ArrayList<>();
        for (int at = 8; at < icns.length; at += b.getInt(at + 4)) {
            types.add(new String(icns, at, 4, StandardCharsets.US_ASCII));
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOfRange(icns, at + 8, at + 12));
        }
        assertTrue(types.containsAll(List.of("icp4", "icp5", "ic07", "ic08", "ic09", "ic10", "ic11", "ic12", "ic13", "ic14")),
                types.toString());
    }

    @Test
    void theWindowIconsAreTheRenderedMaster() throws Exception {
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            try (InputStream window = MainWindow.class.getResourceAsStream("icons/segmenta-" + size + ".png")) {
                assertArrayEquals(Files.readAllBytes(ROOT.resolve("icons/segmenta-" + size + ".png")), window.readAllBytes(),
                        "icons/generate.sh copies the " + size + " px render into the window's resources");
            }
        }
    }
}
