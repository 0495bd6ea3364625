package nl.ruimteverkenner.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux app image, built the way {@code mvn -Pinstaller package} builds it (jlink with the installer's module
 * list, then {@code jpackage --type app-image} with the same main class and launcher options), and its launcher
 * running the headless commands. To stay fast in {@code mvn test} (no shaded jar exists in that phase) the image is
 * made from {@code target/classes} and the dependency jars, without jlink's compression and without AppCDS; the
 * full image and the .deb are checked by hand (README "Installeren"). Skipped, with a message, where the JDK has no
 * jpackage/jlink or the machine is not Linux.
 */
class AppImageTest {
    private static final String MODULES = System.getProperty("installer.modules",
            "java.base,java.desktop,java.net.http,java.sql,jdk.jfr,jdk.unsupported,jdk.crypto.ec,jdk.localedata,jdk.zipfs,jdk.charsets");
    /** Jars on the test class path that the application does not ship. */
    private static final List<String> TEST_ONLY = List.of("junit-", "opentest4j", "apiguardian", "testfx-",
            "openjfx-monocle", "archunit", "hamcrest", "surefire");

    @TempDir
    static Path work;
    private static Path launcher;
    private static Path demo;

    @BeforeAll
    static void buildImage() throws Exception {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"),
                "AppImageTest skipped: the app image test runs on Linux (Windows and macOS installers are built by .github/workflows/installers.yml)");
        assumeTrue(Files.isExecutable(bin.resolve("jpackage")) && Files.isExecutable(bin.resolve("jlink")),
                "AppImageTest skipped: this JDK (" + bin.getParent() + ") has no jpackage/jlink; a full JDK 17+ has both");
        Path classes = Path.of("target", "classes").toAbsolutePath();
        assumeTrue(Files.isDirectory(classes.resolve("nl")), "AppImageTest skipped: no target/classes");

        long t0 = System.nanoTime();
        Path input = Files.createDirectories(work.resolve("input"));
        jar(classes, input.resolve("ruimteverkenner.jar"));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            String name = p.getFileName().toString();
            if (name.endsWith(".jar") && Files.isRegularFile(p) && TEST_ONLY.stream().noneMatch(name::startsWith)) {
                Files.copy(p, input.resolve(name));
            }
        }
        copyTree(Path.of("scenarios", "demo"), input.resolve("scenarios").resolve("demo"));

        Path runtime = work.resolve("runtime");
        run(List.of(bin.resolve("jlink").toString(), "--add-modules", MODULES, "--include-locales=en,nl",
                "--strip-debug", "--no-header-files", "--no-man-pages", "--output", runtime.toString()), 120);
        Path dest = work.resolve("image");
        run(List.of(bin.resolve("jpackage").toString(), "--type", "app-image", "--dest", dest.toString(),
                "--name", "Ruimteverkenner", "--app-version", "0.1.0", "--input", input.toString(),
                "--main-jar", "ruimteverkenner.jar", "--main-class", "nl.ruimteverkenner.app.Main",
                "--runtime-image", runtime.toString(),
                // the installer's launcher options: a missing archive and the splash must be harmless headless
                "--java-options", "-Xshare:auto", "--java-options", "-XX:SharedArchiveFile=$APPDIR/ruimteverkenner.jsa",
                "--java-options", "-Xlog:cds=off", "--java-options", "-splash:$APPDIR/splash.png"), 180);
        launcher = dest.resolve("Ruimteverkenner").resolve("bin").resolve("Ruimteverkenner");
        demo = dest.resolve("Ruimteverkenner").resolve("lib").resolve("app").resolve("scenarios").resolve("demo");
        System.out.printf(Locale.ROOT, "AppImageTest: app image built in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    @Test
    void launcherPrintsTheVersion() throws Exception {
        Result r = launch("--version");
        assertEquals(0, r.code, r.output);
        assertTrue(r.output.startsWith("Ruimteverkenner "), r.output);
    }

    @Test
    void launcherValidatesTheBundledDemoScenario() throws Exception {
        assertTrue(Files.isRegularFile(demo.resolve("scenario.json")), "scenarios/ is bundled beside the jar");
        Result r = launch("validate", demo.toString());
        assertEquals(0, r.code, r.output);
        assertTrue(r.output.contains("Geldig: Demonstratie Nota Ruimte"), r.output);
        // Dutch locale data is in the trimmed runtime
        Result a = launch("analyse", demo.toString(), "--horizon", "2050");
        assertEquals(0, a.code, a.output);
        assertTrue(a.output.matches("(?s).*\\d+,\\d ha.*"), "Dutch decimal comma: " + a.output);
    }

    @Test
    void launcherRefusesAnUnknownOption() throws Exception {
        assertEquals(2, launch("-x").code);
    }

    private record Result(int code, String output) {
    }

    private static Result launch(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(launcher.toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        pb.environment().put("HOME", work.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "launcher finished");
        return new Result(p.exitValue(), out);
    }

    private static void run(List<String> cmd, int timeoutSeconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(timeoutSeconds, TimeUnit.SECONDS), cmd.get(0) + " finished");
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + "\n" + out);
    }

    private static void jar(Path dir, Path jar) throws IOException {
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(os, mf);
                Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                out.putNextEntry(new JarEntry(dir.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
    }
}
