package nl.ruimteverkenner.io.postgis;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A throwaway PostgreSQL + PostGIS cluster for tests: {@code initdb} in a temporary folder (as {@code nobody} when the
 * tests run as root, which PostgreSQL refuses), a free port on 127.0.0.1 only, the unix socket in that folder, no
 * fsync. Superuser {@value #USER} with password {@value #PASSWORD} (scram over TCP); database {@value #DATABASE} with
 * PostGIS and database {@value #PLAIN_DATABASE} without. Started once per test JVM on first use
 * ({@code @ExtendWith(PostgisCluster.class)}), stopped (immediately) and deleted at the end of the run, also when the
 * run fails (a shutdown hook).
 *
 * <p>Where PostgreSQL or PostGIS is not installed the tests that need it are skipped with the reason, unless
 * the environment variable {@code RUIMTEVERKENNER_POSTGIS_TESTS=required} (set by {@code .ci/run}), which makes them fail.
 */
public final class PostgisCluster implements BeforeEachCallback {
    public static final String USER = "rv";
    public static final String PASSWORD = "proef-wachtwoord";
    public static final String DATABASE = "ruimte";
    public static final String PLAIN_DATABASE = "zonder_postgis";

    private static Running running;
    private static String unavailable;
    private static boolean announced;

    /** A started cluster. */
    public record Running(Path folder, Path bin, int port, long startMillis) {
        /** The JDBC URL of a database of the cluster, without credentials. */
        public String url(String database) {
            return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
        }

        /** A superuser connection to a database of the cluster. */
        public Connection connect(String database) throws SQLException {
            return DriverManager.getConnection(url(database), USER, PASSWORD);
        }

        /** The {@link Database} of {@value #DATABASE} with the superuser's credentials. */
        public nl.ruimteverkenner.io.postgis.Database database() {
            return new nl.ruimteverkenner.io.postgis.Database(url(DATABASE), Optional.of(USER), Optional.of(PASSWORD));
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        cluster();
    }

    /** The cluster, started on first use; skips (or, when required, fails) the calling test where it cannot run. */
    public static synchronized Running cluster() {
        if (running == null && unavailable == null) {
            try {
                running = start();
                System.err.printf(java.util.Locale.ROOT, "PostGIS test cluster on 127.0.0.1:%d, started in %.1f s%n",
                        running.port(), running.startMillis() / 1000.0);
            } catch (IOException | SQLException | InterruptedException | RuntimeException e) {
                unavailable = "the throwaway PostgreSQL cluster did not start: " + e;
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        if (running == null) {
            if ("required".equals(System.getenv("RUIMTEVERKENNER_POSTGIS_TESTS"))) {
                fail("RUIMTEVERKENNER_POSTGIS_TESTS=required, but " + unavailable);
            }
            if (!announced) {
                announced = true; // once on the console too, not only in the reports
                System.err.println("PostGIS tests skipped: " + unavailable);
            }
            assumeTrue(false, unavailable);
        }
        return running;
    }

    private static Running start() throws IOException, SQLException, InterruptedException {
        Optional<Path> bin = binaries();
        if (bin.isEmpty()) {
            unavailable = "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb); apt-get install postgresql-15-postgis-3";
            throw new IllegalStateException(unavailable);
        }
        String version = bin.get().getParent().getFileName().toString();
        Path control = Path.of("/usr/share/postgresql", version, "extension", "postgis.control");
        if (!Files.exists(control)) {
            throw new IllegalStateException("PostGIS is not installed for PostgreSQL " + version + " (no " + control
                    + "); apt-get install postgresql-" + version + "-postgis-3, as .ci/run does");
        }
        long t0 = System.nanoTime();
        Path folder = Files.createTempDirectory("rv-postgis-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(bin.get(), folder), "postgis-cluster-stop"));
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            run(List.of("chown", "nobody", folder.toString()), folder, 10);
        }
        Path pw = folder.resolve("pw");
        Files.writeString(pw, PASSWORD + "\n", StandardCharsets.UTF_8);
        if (root) {
            run(List.of("chown", "nobody", pw.toString()), folder, 10);
        }
        run(asPostgres(root, bin.get().resolve("initdb").toString(), "-D", folder.resolve("data").toString(), "-U", USER,
                "--pwfile=" + pw, "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync"),
                folder, 120);
        int port = freePort();
        run(asPostgres(root, bin.get().resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-w", "-t", "60",
                "-l", folder.resolve("log").toString(), "-o", "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1"
                        + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start"), folder, 90);
        Running r = new Running(folder, bin.get(), port, 0);
        try (Connection c = r.connect("postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + DATABASE);
            st.execute("CREATE DATABASE " + PLAIN_DATABASE);
        }
        try (Connection c = r.connect(DATABASE); Statement st = c.createStatement()) {
            st.execute("CREATE EXTENSION postgis");
        }
        return new Running(folder, bin.get(), port, (System.nanoTime() - t0) / 1_000_000);
    }

    /** The newest installed PostgreSQL's bin folder. */
    private static Optional<Path> binaries() throws IOException {
        // -Druimteverkenner.postgresql=/elsewhere shows what happens on a machine without PostgreSQL
        Path lib = Path.of(System.getProperty("ruimteverkenner.postgresql", "/usr/lib/postgresql"));
        if (!Files.isDirectory(lib)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(lib)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparingInt(b -> number(b.getParent().getFileName().toString())));
        }
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static List<String> asPostgres(boolean root, String... command) {
        List<String> out = new ArrayList<>();
        if (root) {
            out.addAll(List.of("runuser", "-u", "nobody", "--"));
        }
        out.addAll(List.of(command));
        return out;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void run(List<String> command, Path folder, int timeoutSeconds) throws IOException, InterruptedException {
        Path output = Files.createTempFile("rv-postgis-cmd", ".log");
        try {
            Process p = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(command.get(command.size() - 1) + " did not finish in " + timeoutSeconds + " s");
            }
            if (p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed (" + p.exitValue() + "): "
                        + Files.readString(output, StandardCharsets.UTF_8).strip());
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static void stop(Path bin, Path folder) {
        try {
            if (Files.exists(folder.resolve("data").resolve("postmaster.pid"))) {
                boolean root = "root".equals(System.getProperty("user.name"));
                run(asPostgres(root, bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-m", "immediate",
                        "-w", "stop"), folder, 30);
            }
        } catch (IOException e) {
            // stopped already, or cannot be stopped: the folder is removed anyway
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // best effort: a temporary folder
        }
    }
}
