package nl.ruimteverkenner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.io.postgis.PostgisCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyse --engine postgis} end to end on a throwaway cluster: the same output as the embedded engine through
 * the same output path, and a Dutch message with exit 2 (no stack trace) for a wrong password, a database without
 * PostGIS and a table that does not exist.
 */
@ExtendWith(PostgisCluster.class)
class AnalysePostgisCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private static String url(String database, String password) {
        return PostgisCluster.cluster().url(database) + "?user=" + PostgisCluster.USER + "&password=" + password;
    }

    private void assertRefused(String expected) {
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains(expected), e);
        assertFalse(e.contains("Exception") || e.contains("\tat "), "no stack trace: " + e);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void postgisPrintsTheSameJsonAsTheEmbeddedEngine() throws Exception {
        String scenario = TestScenarios.scenarios().resolve("voorontwerp-nota-ruimte-2024").toString();
        assertEquals(0, run("analyse", scenario, "--horizon", "2050", "--json"), err.toString(StandardCharsets.UTF_8));
        JsonNode embedded = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(0, run("analyse", scenario, "--horizon", "2050", "--json", "--engine", "postgis",
                "--db", url(PostgisCluster.DATABASE, PostgisCluster.PASSWORD)), err.toString(StandardCharsets.UTF_8));
        JsonNode postgis = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertTrue(embedded.size() > 20, "schuurpunten to compare: " + embedded.size());
        assertEquals(embedded.size(), postgis.size());
        for (int i = 0; i < embedded.size(); i++) {
            assertSameFields(embedded.get(i), postgis.get(i), "schuurpunt " + i);
        }
    }

    /** Every field equal; numbers (hectares, the centre) within 0.01 %. */
    private static void assertSameFields(JsonNode e, JsonNode p, String at) {
        assertEquals(e.size(), p.size(), at);
        for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode q = p.get(f.getKey());
            if (f.getValue().isNumber()) {
                double x = f.getValue().asDouble();
                assertEquals(x, q.asDouble(), Math.max(1e-6, Math.abs(x) * 1e-4), at + " " + f.getKey());
            } else if (f.getValue().isContainerNode() && f.getValue().size() > 0 && f.getValue().elements().next().isNumber()) {
                for (int i = 0; i < f.getValue().size(); i++) {
                    double x = f.getValue().get(i).asDouble();
                    assertEquals(x, q.get(i).asDouble(), Math.max(1e-6, Math.abs(x) * 1e-4), at + " " + f.getKey());
                }
            } else {
                assertEquals(f.getValue(), q, at + " " + f.getKey());
            }
        }
    }

    @Test
    void postgisWritesTheExportFormats(@TempDir Path dir) throws Exception {
        String demo = TestScenarios.scenarios().resolve("demo").toString();
        Path gpkg = dir.resolve("schuurpunten.gpkg");
        assertEquals(0, run("analyse", demo, "--horizon", "2050", "--engine", "postgis", "--db", url(PostgisCluster.DATABASE,
                PostgisCluster.PASSWORD), "--out", gpkg.toString()), err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.size(gpkg) > 10_000);
        assertEquals(0, run("analyse", demo, "--horizon", "2050", "--format", "csv"));
        String csvEmbedded = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, run("analyse", demo, "--horizon", "2050", "--format", "csv", "--engine", "postgis", "--db",
                url(PostgisCluster.DATABASE, PostgisCluster.PASSWORD)));
        assertEquals(csvEmbedded.lines().count(), out.toString(StandardCharsets.UTF_8).lines().count());
        assertEquals(csvEmbedded.lines().findFirst(), out.toString(StandardCharsets.UTF_8).lines().findFirst());
    }

    @Test
    void aWrongPasswordIsRefusedInDutch() {
        String demo = TestScenarios.scenarios().resolve("demo").toString();
        assertEquals(2, run("analyse", demo, "--horizon", "2050", "--engine", "postgis", "--db", url(PostgisCluster.DATABASE, "fout")));
        assertRefused("weigert de aanmelding als");
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("password=fout"), "the password is not printed");
        assertEquals(2, run("analyse", demo, "--horizon", "2050", "--engine", "postgis", "--db",
                PostgisCluster.cluster().url(PostgisCluster.DATABASE), "--db-user", "onbekend"));
        assertRefused("vraagt een wachtwoord voor onbekend");
    }

    @Test
    void aDatabaseWithoutPostgisIsRefusedInDutch() {
        String demo = TestScenarios.scenarios().resolve("demo").toString();
        assertEquals(2, run("analyse", demo, "--horizon", "2050", "--engine", "postgis", "--db",
                url(PostgisCluster.PLAIN_DATABASE, PostgisCluster.PASSWORD)));
        assertRefused("De database " + PostgisCluster.PLAIN_DATABASE + " heeft geen PostGIS");
        assertEquals(2, run("analyse", demo, "--horizon", "2050", "--engine", "postgis", "--db",
                url("bestaat_niet", PostgisCluster.PASSWORD)));
        assertRefused("bestaat niet");
    }

    @Test
    void aMissingTableOrLayerIsRefusedInDutch() {
        String demo = TestScenarios.scenarios().resolve("demo").toString();
        assertEquals(2, run("analyse", demo, "--horizon", "2050", "--engine", "postgis", "--db",
                url(PostgisCluster.DATABASE, PostgisCluster.PASSWORD), "--db-layer", "rivierruimte=public.geen_tabel"));
        assertRefused("Tabel public.geen_tabel bestaat niet");
        assertEquals(2, run("analyse", demo, "--horizon", "2050", "--engine", "postgis", "--db",
                url(PostgisCluster.DATABASE, PostgisCluster.PASSWORD), "--db-layer", "geen-laag=public.geen_tabel"));
        assertRefused("--db-layer noemt laag \"geen-laag\"");
    }
}
