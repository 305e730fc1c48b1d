package io.segmenta.core.data;

import io.segmenta.core.AppDirs;
import io.segmenta.core.SegmentaException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The JDBC drivers a query can use: those on Segmenta's class path (PostgreSQL and SQLite ship with it)
 * and those in the jars of the drivers folder, {@code <configuration folder>/drivers} (see
 * {@link AppDirs}), plus any jar given for one run ({@code --driver JAR}). Drivers whose licence keeps
 * them out of the package (MariaDB's LGPL, MySQL's GPL) are added by putting their jar in that folder.
 *
 * <p>The jars are loaded into one class loader (so a driver split over several jars finds its parts)
 * and their drivers found with {@link ServiceLoader}. {@link DriverManager} hands out only drivers its
 * caller's class loader can see, so a driver from the folder is asked directly: the first driver that
 * {@linkplain Driver#acceptsURL accepts} the URL connects, the folder's before the class path's (the class
 * path's classes win inside the loader, so a jar of a driver Segmenta includes is named, not used). A jar
 * that cannot be read, or holds no driver, is named in {@link #problems()}, never thrown.
 */
public final class JdbcDrivers {
    /** Name of the drivers folder inside the configuration folder. */
    public static final String FOLDER = "drivers";
    private static final String SERVICE = "META-INF/services/" + Driver.class.getName();
    /** Guards a service file that lists the same broken class without end. */
    private static final int MAX_PROVIDERS = 1_000;

    /** One driver: the database it is for (or its class), its version, and where it comes from. */
    public record Available(String name, String version, String from) {
        /** How the dialog lists it: {@code MariaDB 3.5.8 (mariadb-java-client-3.5.8.jar)}. */
        @Override
        public String toString() {
            return name + " " + version + " (" + from + ")";
        }
    }

    private static JdbcDrivers installed;
    private static List<String> installedListing;

    private final Path folder;
    private final List<Driver> loaded;
    private final List<Available> fromJars;
    private final List<String> problems;

    private JdbcDrivers(Path folder, List<Driver> loaded, List<Available> fromJars, List<String> problems) {
        this.folder = folder;
        this.loaded = List.copyOf(loaded);
        this.fromJars = List.copyOf(fromJars);
        this.problems = List.copyOf(problems);
    }

    /** The drivers folder of this user: {@code <configuration folder>/drivers} (not created). */
    public static Path defaultFolder() {
        return AppDirs.config().resolve(FOLDER);
    }

    /**
     * The drivers of the class path and of the user's drivers folder, loaded on first use and again
     * when the folder's jars change (a jar added while Segmenta runs is found at the next query).
     */
    public static synchronized JdbcDrivers installed() {
        Path folder = defaultFolder();
        List<String> listing = listing(folder);
        if (installed == null || !installed.folder.equals(folder) || !listing.equals(installedListing)) {
            installed = load(folder, List.of());
            installedListing = listing;
        }
        return installed;
    }

    /**
     * The drivers of the class path, of every jar in {@code folder} (which need not exist) and of
     * {@code jars} (for one run).
     *
     * @throws SegmentaException naming a jar of {@code jars} that does not exist (a jar that is not a
     *                           driver, in the folder or given, is named in {@link #problems()})
     */
    public static JdbcDrivers load(Path folder, List<Path> jars) {
        for (Path jar : jars) {
            if (!Files.isRegularFile(jar)) {
                throw new SegmentaException("The driver jar " + jar + " does not exist. Give the path of a JDBC "
                        + "driver's .jar file with --driver.");
            }
        }
        List<Path> all = new ArrayList<>(jarsIn(folder));
        all.addAll(jars);
        List<String> problems = new ArrayList<>();
        List<URL> urls = new ArrayList<>();
        Set<Path> withService = new LinkedHashSet<>();
        Map<Path, String> versions = new HashMap<>();
        Map<Path, List<String>> listed = new HashMap<>();
        for (Path jar : all) {
            try (JarFile file = new JarFile(jar.toFile())) {
                JarEntry service = file.getJarEntry(SERVICE);
                if (service != null) {
                    Path key = jar.toAbsolutePath().normalize();
                    withService.add(key);
                    versions.put(key, version(file.getManifest()));
                    try (InputStream in = file.getInputStream(service)) {
                        listed.put(key, new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                                .map(l -> l.replaceFirst("#.*", "").strip()).filter(l -> !l.isEmpty()).toList());
                    }
                } else {
                    problems.add(jar.getFileName() + " holds no JDBC driver (it has no " + SERVICE + "); it is kept "
                            + "for a driver that needs it.");
                }
                urls.add(jar.toUri().toURL());
            } catch (IOException | SecurityException e) {
                problems.add(jar.getFileName() + " cannot be read as a jar file (" + firstLine(e) + ").");
            }
        }
        List<Driver> loaded = new ArrayList<>();
        List<Available> available = new ArrayList<>();
        if (!urls.isEmpty()) {
            URLClassLoader loader = new URLClassLoader("segmenta-drivers", urls.toArray(URL[]::new),
                    JdbcDrivers.class.getClassLoader());
            Set<Path> found = new LinkedHashSet<>();
            Iterator<Driver> it = ServiceLoader.load(Driver.class, loader).iterator();
            for (int i = 0; i < MAX_PROVIDERS; i++) {
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    Driver d = it.next();
                    if (d.getClass().getClassLoader() != loader) {
                        continue; // a class-path driver, listed from DriverManager
                    }
                    Path jar = jarOf(d);
                    found.add(jar);
                    loaded.add(d);
                    available.add(describe(d, versions.get(jar), jar == null ? "drivers folder"
                            : jar.getFileName().toString()));
                } catch (ServiceConfigurationError | LinkageError e) {
                    problems.add("A driver in the drivers folder could not be loaded (" + firstLine(e) + "); it may "
                            + "need another jar, or a newer Java.");
                }
            }
            for (Path jar : withService) {
                if (!found.contains(jar)) {
                    problems.add(listed.getOrDefault(jar, List.of()).stream().filter(JdbcDrivers::onClassPath)
                            .findFirst().map(c -> jar.getFileName() + " holds a driver Segmenta includes (" + c
                                    + "); the included one is used.")
                            .orElse(jar.getFileName() + " lists a JDBC driver that could not be loaded."));
                }
            }
        }
        return new JdbcDrivers(folder, loaded, available, problems);
    }

    /** The folder these drivers were read from. */
    public Path folder() {
        return folder;
    }

    /** Every driver: the drivers folder's (and --driver's) first, then those Segmenta ships. */
    public List<Available> drivers() {
        List<Available> all = new ArrayList<>(fromJars);
        for (Driver d : Collections.list(DriverManager.getDrivers())) {
            // major.minor: in Segmenta's one jar a package's Implementation-Version would be Segmenta's own
            all.add(describe(d, null, "included"));
        }
        return all;
    }

    /** What is wrong with jars in the folder (not a jar, no driver, a driver that cannot load); usually empty. */
    public List<String> problems() {
        return problems;
    }

    /**
     * Connects with the first driver that accepts {@code url}.
     *
     * @throws SegmentaException when no driver accepts it: which driver is needed, where to get it and
     *                           the folder to put it in
     * @throws SQLException      when the driver cannot connect
     */
    public Connection connect(String url, Properties props) throws SQLException {
        for (Driver d : loaded) {
            if (accepts(d, url)) {
                Connection c = d.connect(url, props);
                if (c != null) {
                    return c;
                }
            }
        }
        Driver d;
        try {
            d = DriverManager.getDriver(url);
        } catch (SQLException none) {
            throw missing(url);
        }
        Connection c = d.connect(url, props);
        if (c == null) {
            throw missing(url);
        }
        return c;
    }

    /**
     * The driver a URL needs when none here accepts it.
     *
     * @param scheme       the URL's {@code jdbc:name:} part
     * @param database     the database's name for a well-known one (MariaDB, MySQL...), else null
     * @param coordinates  its driver's Maven Central {@code groupId:artifactId}, else null
     * @param downloadPage its driver's page on Maven Central, else null
     */
    public record Missing(String scheme, String database, String coordinates, String downloadPage) {
    }

    /**
     * What is missing to query {@code url}: the driver no driver here stands in for; empty when one
     * accepts the URL, or the URL is not a JDBC URL yet (a shipped driver's URL is not handed to it
     * half typed: PostgreSQL's logs a warning for each).
     */
    public Optional<Missing> missingDriver(String url) {
        String u = url.strip();
        if (!u.toLowerCase(Locale.ROOT).matches("jdbc:[a-z0-9]+:.+")) {
            return Optional.empty();
        }
        if (KnownDriver.forUrl(u).filter(k -> k.coordinates == null).isPresent()
                || loaded.stream().anyMatch(d -> accepts(d, u))) {
            return Optional.empty();
        }
        try {
            DriverManager.getDriver(u);
            return Optional.empty();
        } catch (SQLException none) {
            return Optional.of(missingFor(u));
        }
    }

    private static Missing missingFor(String url) {
        String scheme = url.replaceFirst("(?i)^(jdbc:[a-z0-9]+:).*$", "$1");
        return KnownDriver.forUrl(url).filter(k -> k.coordinates != null)
                .map(k -> new Missing(k.prefix, k.database, k.coordinates, k.downloadPage()))
                .orElse(new Missing(scheme, null, null, null));
    }

    /** The message for a URL that no driver accepts: which driver, where to get it, the folder to put it in. */
    SegmentaException missing(String url) {
        Missing m = missingFor(url);
        String put = " and put it in the drivers folder, " + folder + " (or, on the command line, give it with "
                + "--driver JAR), then run the query again.";
        String message = m.database() != null
                ? "No JDBC driver for " + m.database() + " (" + m.scheme() + " URLs) is installed. Segmenta does not "
                        + "ship it: download the driver jar of " + m.coordinates() + " from Maven Central ("
                        + m.downloadPage() + ")" + put
                : "No JDBC driver accepts " + m.scheme() + " URLs. Segmenta ships drivers for PostgreSQL "
                        + "(jdbc:postgresql:) and SQLite (jdbc:sqlite:); for another database, download its JDBC "
                        + "driver jar" + put;
        if (!problems.isEmpty()) {
            message += " In the drivers folder: " + String.join(" ", problems);
        }
        return new SegmentaException(message);
    }

    /** True when Segmenta's own class path has the class (a driver it includes). */
    private static boolean onClassPath(String className) {
        try {
            Class.forName(className, false, JdbcDrivers.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static boolean accepts(Driver d, String url) {
        try {
            return d.acceptsURL(url);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** A jar's version from its manifest (Implementation-Version, or OSGi's Bundle-Version), or null. */
    private static String version(Manifest manifest) {
        if (manifest == null) {
            return null;
        }
        Attributes main = manifest.getMainAttributes();
        String v = main.getValue(Attributes.Name.IMPLEMENTATION_VERSION);
        return v != null ? v : main.getValue("Bundle-Version");
    }

    private static Available describe(Driver d, String version, String from) {
        String name = KnownDriver.forClass(d.getClass().getName()).map(k -> k.database)
                .orElse(d.getClass().getName());
        return new Available(name, version != null ? version : d.getMajorVersion() + "." + d.getMinorVersion(), from);
    }

    private static Path jarOf(Driver d) {
        CodeSource source = d.getClass().getProtectionDomain().getCodeSource();
        try {
            return source == null ? null : Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The folder's .jar files, by name; none when it does not exist or cannot be listed. */
    private static List<Path> jarsIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Name, size and time of each jar: a change means the folder is read again. */
    private static List<String> listing(Path folder) {
        List<String> out = new ArrayList<>();
        for (Path jar : jarsIn(folder)) {
            try {
                out.add(jar.getFileName() + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis());
            } catch (IOException e) {
                out.add(jar.getFileName().toString());
            }
        }
        return out;
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int nl = m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl) : m;
    }
}
