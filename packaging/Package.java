import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Builds Segmenta's desktop packages with the JDK's own tools; Maven runs it in the {@code package}
 * profile ({@code ./mvnw -Ppackage package}) as a single-file program: {@code java packaging/Package.java ...}.
 *
 * <ol>
 *   <li>checks that the jars in the input folder carry native libraries for this platform only
 *       (today only JavaFX has any; Maven picks its platform jars for the system it runs on);</li>
 *   <li>finds the JDK modules the application uses with {@code jdeps --print-module-deps} on the
 *       shaded jar (every class of every dependency), adds those a JDBC driver from the drivers folder
 *       may need ({@link #DRIVER_MODULES}), and links a runtime of only those with
 *       {@code jlink} (no debug attributes, man pages, headers or JDK commands, with a class-data
 *       sharing archive for a faster start). JavaFX is not linked in: its jars travel on the class
 *       path with the application, as with {@code java -jar};</li>
 *   <li>builds the application image with {@code jpackage --type app-image}: a native launcher
 *       {@code Segmenta} (Windows {@code Segmenta.exe}, macOS {@code Segmenta.app}) with the icon
 *       (on Linux replaced by {@code packaging/linux/segmenta-launcher.sh}, which starts sooner),
 *       and puts Segmenta's {@code LICENSE} and the dependencies' licence list {@code THIRD-PARTY.txt}
 *       (both from the application jar's {@code META-INF}) beside the application jars, so that the
 *       installers carry them too ({@code /opt/segmenta/lib/app/LICENSE} on Linux);</li>
 *   <li>wraps the image in this system's installers: Linux {@code .deb} (needs dpkg-deb and
 *       fakeroot), Windows {@code .msi} (needs WiX 3 on the PATH; {@code exe} on request),
 *       macOS {@code .dmg}; an installer whose tools are absent is skipped with a message;</li>
 *   <li>prints the sizes.</li>
 * </ol>
 *
 * Arguments ({@code --name value}): {@code --basedir} the project folder, {@code --classpath-file}
 * the runtime dependencies (a class path, from {@code dependency:build-classpath}),
 * {@code --app-jar} the application's own jar, {@code --main-class},
 * {@code --shaded-jar}, {@code --version} (the Maven version; "-SNAPSHOT" and the like are dropped,
 * installers want numbers), {@code --dest} the output folder, {@code --types} ({@code auto}: this system's default
 * installers; or a comma list of {@code app-image,deb,rpm,msi,exe,dmg,pkg}), {@code --add-modules}
 * (extra JDK modules, comma separated, may be empty).
 */
public final class Package {
    static final String NAME = "Segmenta";
    static final String VENDOR = "Segmenta";
    /** The files a double-click opens in Segmenta (tables and projects): packaging/FORMAT-association.properties each. */
    static final List<String> ASSOCIATIONS = List.of("csv", "xlsx", "parquet", "project");
    static final String DESCRIPTION = "Customer segmentation on the desktop: open a customer table, find the number of "
            + "segments, segment, read the profiles and export the segmented table.";
    /** Windows upgrades replace an installed Segmenta only when this stays the same across versions. */
    /** The application class-data sharing archive beside the jars, and the script that writes it (Linux). */
    static final String CLASS_ARCHIVE = "segmenta.jsa";
    static final String CLASS_ARCHIVE_SCRIPT = "segmenta-class-archive.sh";
    /** The Linux image's launcher, bin/Segmenta (a script that starts the image's Java as its Segmenta.cfg says). */
    static final String LINUX_LAUNCHER = "segmenta-launcher.sh";
    static final String WINDOWS_UPGRADE_UUID = "6f1f8a52-3c55-4f0e-9d1a-5e3b7c2a9d41";
    /** Native libraries inside jars: libx.so, libx.so.0, x.dll, libx.dylib, libx.jnilib. */
    static final java.util.regex.Pattern NATIVE = java.util.regex.Pattern.compile(".*\\.(so(\\.[0-9]+)*|dll|dylib|jnilib)$");

    private final Map<String, String> args;
    private final Path base;
    private final Os os = Os.current();

    private Package(Map<String, String> args) {
        this.args = args;
        this.base = Path.of(arg("basedir")).toAbsolutePath().normalize();
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            if (!argv[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value pairs, got " + Arrays.toString(argv));
            }
            args.put(argv[i].substring(2), argv[i + 1]);
        }
        new Package(args).run();
    }

    private String arg(String name) {
        String v = args.get(name);
        if (v == null) {
            throw new IllegalArgumentException("missing argument --" + name);
        }
        return v;
    }

    private Path path(String name) {
        return base.resolve(arg(name)).normalize();
    }

    private void run() throws IOException {
        long started = System.nanoTime();
        Path dest = path("dest");
        Path work = dest.resolve("work");
        Path input = work.resolve("input");
        deleteTree(dest);
        Files.createDirectories(input);

        // exactly the runtime class path Maven resolved, and the application's jar
        List<Path> jars = new ArrayList<>();
        for (String entry : Files.readString(path("classpath-file")).trim().split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                jars.add(Path.of(entry.trim()));
            }
        }
        jars.add(path("app-jar"));
        for (Path jar : jars) {
            Files.copy(jar, input.resolve(jar.getFileName()));
        }
        stripForeignNatives(input, Platform.current());
        checkNativeLibraries(input, Platform.current());
        if (os == Os.LINUX) {
            extractJavafxNatives(input);
        }
        requireLicences(path("shaded-jar"));
        List<String> modules = modules(path("shaded-jar"), args.getOrDefault("add-modules", ""));
        Path runtime = work.resolve("runtime");
        tool("jlink", "--add-modules", String.join(",", modules), "--output", runtime.toString(),
                "--strip-debug", "--no-man-pages", "--no-header-files", "--compress=2",
                "--generate-cds-archive");
        Path image = appImage(input, runtime, dest);
        copyLicences(path("app-jar"), legalFolder(image));
        if (os == Os.LINUX) {
            // the .deb's postinst puts it in /usr/share/doc/segmenta/
            Files.copy(base.resolve("packaging/linux/segmenta-serve.service"),
                    legalFolder(image).resolve("segmenta-serve.service"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            // the .deb's postinst runs it where the package is installed
            Files.copy(base.resolve("packaging/linux/" + CLASS_ARCHIVE_SCRIPT),
                    legalFolder(image).resolve(CLASS_ARCHIVE_SCRIPT), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            // in place of jpackage's native launcher, which asks rpm and dpkg for its package at every start
            // (150-200 ms); it reads the same Segmenta.cfg (see the script)
            Path launcher = image.resolve("bin").resolve(NAME);
            Files.copy(base.resolve("packaging/linux/" + LINUX_LAUNCHER), launcher,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(launcher, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        System.out.printf(Locale.ROOT, "Runtime: %d JDK modules, %s; application image %s: %s%n", modules.size(),
                size(treeSize(runtime)), dest.relativize(image), size(treeSize(image)));

        for (String type : installerTypes()) {
            String missing = missingTools(type);
            if (missing != null) {
                System.out.println("Skipped the ." + type + " installer: " + missing);
                continue;
            }
            installer(type, image, dest);
        }
        if (os == Os.LINUX) {
            // after the installers: an archive is tied to where the image lies, so each installation writes its own
            classArchive(image);
        }
        try (Stream<Path> files = Files.list(dest)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                System.out.println("Built " + base.relativize(f) + ": " + size(Files.size(f)) + installedSize(f));
            }
        }
        deleteTree(work);
        System.out.printf(Locale.ROOT, "Packaging took %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    /**
     * Fails when a jar carries a native library for another platform (each package gets only its own):
     * JavaFX's platform jars must be this platform's, and any other jar must keep its native libraries
     * in a folder named after this platform (javacpp's and JNA's layout, e.g. {@code linux-x86_64}) or
     * after its system and architecture ({@link #forPlatform}).
     */
    static void checkNativeLibraries(Path input, Platform platform) throws IOException {
        int count = 0;
        List<String> foreign = new ArrayList<>();
        try (Stream<Path> jars = Files.list(input)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                String jarName = jar.getFileName().toString();
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                        String name = e.getName();
                        if (e.isDirectory() || !NATIVE.matcher(name).matches()) {
                            continue;
                        }
                        count++;
                        boolean javafx = jarName.startsWith("javafx-");
                        boolean ours = javafx ? jarName.endsWith("-" + platform.javafxClassifier() + ".jar")
                                : forPlatform(name, platform);
                        if (!ours) {
                            foreign.add(jarName + "!" + name);
                        }
                    }
                }
            }
        }
        if (!foreign.isEmpty()) {
            throw new IllegalStateException("native libraries for another platform than " + platform.name() + ": " + foreign);
        }
        System.out.println("Native libraries: " + count + ", all for " + platform.name());
    }

    /** This system's platform: its usual name and the classifier of JavaFX's platform jars. */
    /**
     * Whether a native library inside a jar other than JavaFX's is for {@code platform}: its folder names
     * the platform ({@code linux-x86_64}, javacpp's layout) or its system and architecture
     * ({@code Linux/x86_64} in sqlite-jdbc and snappy-java, {@code linux/amd64} in zstd-jni; musl and
     * Android builds are other platforms).
     */
    static boolean forPlatform(String entry, Platform platform) {
        String p = entry.toLowerCase(Locale.ROOT);
        if (p.contains("/" + platform.name() + "/")) {
            return true;
        }
        String[] parts = p.split("/");
        if (parts.length < 3) {
            return false;
        }
        String os = parts[parts.length - 3];
        String arch = parts[parts.length - 2];
        String system = platform.name().substring(0, platform.name().indexOf('-'));
        boolean osMatches = switch (system) {
            case "linux" -> os.equals("linux");
            case "macosx" -> os.equals("mac") || os.equals("darwin") || os.equals("macosx");
            default -> os.equals("windows") || os.equals("win");
        };
        boolean arm = platform.name().endsWith("arm64");
        boolean archMatches = arm ? arch.equals("aarch64") || arch.equals("arm64")
                : arch.equals("x86_64") || arch.equals("amd64");
        return osMatches && archMatches;
    }

    /**
     * Rewrites the jars (other than JavaFX's) that carry native libraries for every platform (sqlite-jdbc,
     * snappy-java, zstd-jni) so that each package holds only its own platform's; the shaded jar keeps them all.
     */
    /**
     * Puts JavaFX's native libraries beside its jars (the image's {@code lib/app}), where JavaFX loads
     * them first. Otherwise, at every start, it reads each one out of the jar, takes its MD5 to compare
     * with its copy in {@code ~/.openjfx/cache} and writes that copy when it differs: 20-30 ms before the
     * toolkit starts (JavaFX start at a median 211 ms after the process started, against 231-241 ms, 9
     * starts each), and a folder written in the user's home.
     */
    static void extractJavafxNatives(Path input) throws IOException {
        List<String> extracted = new ArrayList<>();
        try (Stream<Path> jars = Files.list(input)) {
            for (Path jar : jars.filter(p -> p.getFileName().toString().startsWith("javafx-")
                    && p.toString().endsWith(".jar")).sorted().toList()) {
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                        if (!e.isDirectory() && !e.getName().contains("/") && NATIVE.matcher(e.getName()).matches()) {
                            try (java.io.InputStream in = zip.getInputStream(e)) {
                                Files.copy(in, input.resolve(e.getName()));
                            }
                            extracted.add(e.getName());
                        }
                    }
                }
            }
        }
        System.out.println("JavaFX native libraries beside its jars: " + String.join(", ", extracted));
    }

    static void stripForeignNatives(Path input, Platform platform) throws IOException {
        try (Stream<Path> jars = Files.list(input)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                if (jar.getFileName().toString().startsWith("javafx-")) {
                    continue;
                }
                int dropped = 0;
                Path thin = jar.resolveSibling(jar.getFileName() + ".thin");
                try (ZipFile zip = new ZipFile(jar.toFile());
                     java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(thin))) {
                    for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                        if (!e.isDirectory() && NATIVE.matcher(e.getName()).matches() && !forPlatform(e.getName(), platform)) {
                            dropped++;
                            continue;
                        }
                        out.putNextEntry(new ZipEntry(e.getName()));
                        try (java.io.InputStream in = zip.getInputStream(e)) {
                            in.transferTo(out);
                        }
                        out.closeEntry();
                    }
                }
                if (dropped > 0) {
                    Files.move(thin, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    System.out.println("Kept only " + platform.name() + "'s native libraries in " + jar.getFileName()
                            + " (" + dropped + " for other platforms left out)");
                } else {
                    Files.delete(thin);
                }
            }
        }
    }

    record Platform(String name, String javafxClassifier) {
        static Platform current() {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
            boolean arm = arch.equals("aarch64") || arch.equals("arm64");
            if (!arm && !arch.equals("amd64") && !arch.equals("x86_64")) {
                throw new IllegalStateException("Segmenta is packaged for x86_64 and arm64 only, not " + arch);
            }
            if (os.startsWith("windows")) {
                if (arm) {
                    throw new IllegalStateException("JavaFX 21 has no Windows arm64 jars; package on Windows x64");
                }
                return new Platform("windows-x86_64", "win");
            }
            if (os.startsWith("mac")) {
                return arm ? new Platform("macosx-arm64", "mac-aarch64") : new Platform("macosx-x86_64", "mac");
            }
            return arm ? new Platform("linux-arm64", "linux-aarch64") : new Platform("linux-x86_64", "linux");
        }
    }

    /** The licence files every jar of Segmenta carries (pom.xml puts them there). */
    static final List<String> LICENCE_FILES = List.of("LICENSE", "THIRD-PARTY.txt");

    /**
     * Copies {@code META-INF/LICENSE} and {@code META-INF/THIRD-PARTY.txt} of {@code jar} into
     * {@code folder}; fails when the jar lacks one (a build that stopped generating them).
     */
    static void copyLicences(Path jar, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (String name : LICENCE_FILES) {
                try (var in = zip.getInputStream(licenceEntry(zip, jar, name))) {
                    Files.copy(in, folder.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        System.out.println("Licences: " + String.join(", ", LICENCE_FILES) + " in " + folder);
    }

    /** Fails when {@code jar} lacks one of the licence files. */
    static void requireLicences(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (String name : LICENCE_FILES) {
                licenceEntry(zip, jar, name);
            }
        }
    }

    private static ZipEntry licenceEntry(ZipFile zip, Path jar, String name) {
        ZipEntry e = zip.getEntry("META-INF/" + name);
        if (e == null) {
            throw new IllegalStateException(jar.getFileName() + " has no META-INF/" + name
                    + "; build it with Maven (pom.xml generates the licence files)");
        }
        return e;
    }

    /**
     * Where the licence files go in the image: beside the application jars, a folder the installers
     * copy whole (jpackage's .deb leaves out other files at the top of the image).
     */
    private Path legalFolder(Path image) {
        return image.resolve(switch (os) {
            case LINUX -> "lib/app";
            case WINDOWS -> "app";
            case MAC -> "Contents/app";
        });
    }

    /**
     * JDK modules a JDBC driver from the drivers folder may need (jdeps cannot see a jar the user adds
     * later): jdeps on MariaDB's driver lists java.management, java.naming, java.security.jgss, java.sql
     * and jdk.net; MySQL's uses java.security.sasl; TLS to a server with an EC certificate needs
     * jdk.crypto.ec. Segmenta's own jar needs all but jdk.net and jdk.crypto.ec already; a plain MariaDB
     * query runs without those two (checked with {@code java --limit-modules}), so they are for options.
     */
    static final List<String> DRIVER_MODULES = List.of("java.management", "java.naming", "java.security.jgss",
            "java.security.sasl", "java.sql", "java.transaction.xa", "jdk.crypto.ec", "jdk.net");

    /** The JDK modules the shaded jar's classes use, those of {@link #DRIVER_MODULES}, plus {@code extra}. */
    static List<String> modules(Path shadedJar, String extra) {
        String feature = String.valueOf(Runtime.version().feature());
        String found = tool("jdeps", "--ignore-missing-deps", "--multi-release", feature, "--print-module-deps",
                shadedJar.toString()).trim();
        String[] lines = found.split("\\R");
        java.util.Set<String> modules = new TreeSet<>(Arrays.asList(lines[lines.length - 1].split(",")));
        modules.addAll(DRIVER_MODULES);
        for (String m : extra.split(",")) {
            if (!m.isBlank()) {
                modules.add(m.trim());
            }
        }
        System.out.println("JDK modules (jdeps on " + shadedJar.getFileName() + "): " + String.join(",", modules));
        return List.copyOf(modules);
    }

    /**
     * Writes the application class-data sharing archive of the image where it lies (Linux), so that the
     * image's window starts faster; packaging goes on without it when it cannot be written.
     */
    private void classArchive(Path image) {
        Path script = legalFolder(image).resolve(CLASS_ARCHIVE_SCRIPT);
        long started = System.nanoTime();
        try {
            Process p = new ProcessBuilder("sh", script.toString(), legalFolder(image).toString()).inheritIO().start();
            p.waitFor();
        } catch (IOException e) {
            System.out.println("class archive: not written (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.printf(Locale.ROOT, "Class archive took %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    private Path appImage(Path input, Path runtime, Path dest) {
        List<String> a = new ArrayList<>(List.of("--type", "app-image", "--dest", dest.toString(),
                "--name", NAME, "--app-version", appVersion(), "--vendor", VENDOR, "--description", DESCRIPTION,
                "--copyright", "Segmenta contributors",
                "--input", input.toString(), "--main-jar", path("app-jar").getFileName().toString(), "--main-class", arg("main-class"),
                "--runtime-image", runtime.toString(), "--icon", base.resolve(os.icon).toString()));
        // the launcher's Java options: a heap that grows to half the memory for large tables, UTF-8 file names
        a.addAll(List.of("--java-options", "-XX:MaxRAMPercentage=50", "--java-options", "-Dfile.encoding=UTF-8"));
        if (os == Os.LINUX) {
            // the application class archive segmenta-class-archive.sh writes where the image is installed; Java
            // starts without it, silently, while it does not exist or after the image was moved
            a.addAll(List.of("--java-options", "-XX:SharedArchiveFile=$APPDIR/" + CLASS_ARCHIVE,
                    "--java-options", "-Xlog:cds=off", "--java-options", "-Xlog:cds+dynamic=off"));
        }
        tool("jpackage", a.toArray(String[]::new));
        return dest.resolve(os == Os.MAC ? NAME + ".app" : NAME);
    }

    private void installer(String type, Path image, Path dest) {
        List<String> a = new ArrayList<>(List.of("--type", type, "--dest", dest.toString(), "--app-image", image.toString(),
                "--name", NAME, "--app-version", appVersion(), "--vendor", VENDOR, "--description", DESCRIPTION,
                "--copyright", "Segmenta contributors"));
        for (String format : ASSOCIATIONS) {
            a.addAll(List.of("--file-associations", base.resolve("packaging/" + format + "-association.properties")
                    .toString()));
        }
        Path resources = base.resolve(os.resources);
        if (Files.isDirectory(resources)) {
            a.addAll(List.of("--resource-dir", resources.toString()));
        }
        switch (os) {
            case LINUX -> a.addAll(List.of("--linux-package-name", "segmenta", "--linux-shortcut",
                    // the .deb's /usr/share/doc/segmenta/copyright
                    "--license-file", base.resolve("LICENSE").toString(),
                    "--linux-menu-group", "Office;Science;", "--linux-app-category", "science",
                    "--linux-deb-maintainer", "segmenta@users.noreply.github.com",
                    // JavaFX draws with GTK 3, whose library comes in a jar jpackage does not scan
                    "--linux-package-deps", "libgtk-3-0 | libgtk-3-0t64"));
            case WINDOWS -> a.addAll(List.of("--win-menu", "--win-menu-group", NAME, "--win-shortcut",
                    "--win-dir-chooser", "--win-per-user-install", "--win-upgrade-uuid", WINDOWS_UPGRADE_UUID));
            case MAC -> a.addAll(List.of("--mac-package-identifier", "io.segmenta", "--mac-package-name", NAME));
        }
        tool("jpackage", a.toArray(String[]::new));
    }

    /** Installers to build: this system's defaults, or the {@code --types} list (app-image is always built). */
    private List<String> installerTypes() {
        String types = args.getOrDefault("types", "auto");
        if (types.equals("auto")) {
            return os.installers;
        }
        return Arrays.stream(types.split(",")).map(String::trim).filter(t -> !t.isEmpty() && !t.equals("app-image")).toList();
    }

    /** Why the installer {@code type} cannot be built here, or null when it can. */
    private String missingTools(String type) {
        List<String> needed = switch (type) {
            case "deb" -> List.of("dpkg-deb", "fakeroot");
            case "rpm" -> List.of("rpmbuild");
            case "msi", "exe" -> List.of("candle.exe", "light.exe");
            default -> List.of();
        };
        List<String> absent = needed.stream().filter(t -> !onPath(t)).toList();
        if (absent.isEmpty()) {
            return null;
        }
        String hint = switch (type) {
            case "deb" -> " (Debian/Ubuntu: apt-get install dpkg-dev fakeroot)";
            case "rpm" -> " (Fedora: dnf install rpm-build)";
            case "msi", "exe" -> " (install WiX Toolset 3 and put its bin folder on the PATH)";
            default -> "";
        };
        return String.join(" and ", absent) + " not found on the PATH" + hint;
    }

    /**
     * The version as installers want it: numbers only ("0.1.0-SNAPSHOT" becomes "0.1.0"). macOS
     * bundle versions must start with a number above 0, so a 0.x version is stamped 1.0.0 there.
     */
    private String appVersion() {
        String v = arg("version").replaceAll("[^0-9.].*$", "");
        if (v.isEmpty() || (os == Os.MAC && v.matches("0(\\..*)?"))) {
            return "1.0.0";
        }
        return v;
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /** Runs a JDK tool in this JVM; returns what it printed, fails with its output when it fails. */
    static String tool(String name, String... toolArgs) {
        ToolProvider tp = ToolProvider.findFirst(name)
                .orElseThrow(() -> new IllegalStateException(name + " is not in this JDK (" + System.getProperty("java.home")
                        + "); run Maven with a full JDK 17 or newer"));
        System.out.println("> " + name + " " + String.join(" ", toolArgs));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = tp.run(new PrintWriter(out, true), new PrintWriter(err, true), toolArgs);
        if (code != 0) {
            throw new IllegalStateException(name + " failed with exit code " + code + ":\n" + out + err);
        }
        if (!err.toString().isBlank()) {
            System.out.print(err);
        }
        return out.toString();
    }

    private static String installedSize(Path f) {
        if (!f.toString().endsWith(".deb") || !onPath("dpkg-deb")) {
            return "";
        }
        try {
            Process p = new ProcessBuilder("dpkg-deb", "-f", f.toString(), "Installed-Size").redirectErrorStream(true).start();
            String kib = new String(p.getInputStream().readAllBytes()).trim();
            return p.waitFor() == 0 ? ", installed " + size(Long.parseLong(kib) * 1024) : "";
        } catch (IOException | NumberFormatException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    static long treeSize(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    static String size(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** What each operating system builds and with which icon and resources. */
    enum Os {
        LINUX("icons/segmenta-256.png", "packaging/linux", List.of("deb")),
        WINDOWS("icons/segmenta.ico", "packaging/windows", List.of("msi")),
        MAC("icons/segmenta.icns", "packaging/macos", List.of("dmg"));

        final String icon;
        final String resources;
        final List<String> installers;

        Os(String icon, String resources, List<String> installers) {
            this.icon = icon;
            this.resources = resources;
            this.installers = installers;
        }

        static Os current() {
            String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            return name.startsWith("windows") ? WINDOWS : name.startsWith("mac") ? MAC : LINUX;
        }
    }
}
