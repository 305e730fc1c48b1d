package io.segmenta.core.data;

import java.util.Locale;
import java.util.Optional;

/**
 * The databases whose JDBC driver Segmenta can name: the two it ships (PostgreSQL, SQLite) and the
 * common ones it does not ship, whose licences (LGPL, GPL) or size keep them out of the package, so a
 * URL without a driver gets the driver's name and its Maven Central coordinates.
 */
enum KnownDriver {
    POSTGRESQL("PostgreSQL", "jdbc:postgresql:", "org.postgresql.Driver", null),
    SQLITE("SQLite", "jdbc:sqlite:", "org.sqlite.JDBC", null),
    MARIADB("MariaDB", "jdbc:mariadb:", "org.mariadb.jdbc.Driver", "org.mariadb.jdbc:mariadb-java-client"),
    MYSQL("MySQL", "jdbc:mysql:", "com.mysql.cj.jdbc.Driver", "com.mysql:mysql-connector-j"),
    SQL_SERVER("SQL Server", "jdbc:sqlserver:", "com.microsoft.sqlserver.jdbc.SQLServerDriver",
            "com.microsoft.sqlserver:mssql-jdbc"),
    ORACLE("Oracle", "jdbc:oracle:", "oracle.jdbc.OracleDriver", "com.oracle.database.jdbc:ojdbc11");

    final String database;
    final String prefix;
    final String driverClass;
    /** groupId:artifactId on Maven Central, or null for a driver Segmenta ships. */
    final String coordinates;

    KnownDriver(String database, String prefix, String driverClass, String coordinates) {
        this.database = database;
        this.prefix = prefix;
        this.driverClass = driverClass;
        this.coordinates = coordinates;
    }

    /** The database a URL is for, when it is one of these. */
    static Optional<KnownDriver> forUrl(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        for (KnownDriver d : values()) {
            if (u.startsWith(d.prefix)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The database a driver class is for, when it is one of these. */
    static Optional<KnownDriver> forClass(String className) {
        for (KnownDriver d : values()) {
            if (d.driverClass.equals(className)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** Where to download the driver: its page on Maven Central. */
    String downloadPage() {
        return "https://central.sonatype.com/artifact/" + coordinates.replace(':', '/');
    }
}
