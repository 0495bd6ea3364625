package nl.ruimteverkenner.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.io.postgis.Database;
import nl.ruimteverkenner.io.postgis.TableLayer;
import org.junit.jupiter.api.Test;

/** {@code analyse --engine …} options, and the PostGIS engine's refusals that need no database to check. */
class AnalyseEngineOptionsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String demo() {
        return TestScenarios.scenarios().resolve("demo").toString();
    }

    @Test
    void engineOptionsAreTakenOutAndTheRestKeepsItsOrder() {
        EngineOptions o = new EngineOptions(Map.of(Database.PASSWORD_VARIABLE, "geheim")::get);
        assertEquals(Optional.empty(), o.extract(new String[] {"demo", "--engine", "postgis", "--horizon", "2050",
                "--db", "jdbc:postgresql://db.provincie.nl/ruimte", "--db-user", "analist", "--json",
                "--db-layer", "percelen=brp.gewaspercelen:geom"}));
        assertArrayEquals(new String[] {"demo", "--horizon", "2050", "--json"}, o.rest());
        assertTrue(o.isPostgis());
        Database db = o.database();
        assertEquals("jdbc:postgresql://db.provincie.nl/ruimte", db.url());
        assertEquals(Optional.of("analist"), db.user());
        assertEquals(Optional.of("geheim"), db.password(), "the password comes from " + Database.PASSWORD_VARIABLE);
        assertFalse(db.toString().contains("geheim"));
        EngineOptions none = new EngineOptions(k -> null);
        assertEquals(Optional.empty(), none.extract(new String[] {"demo", "--horizon", "2050"}));
        assertFalse(none.isPostgis(), "the embedded engine is the default");
    }

    @Test
    void wrongEngineOptionsAreRefusedWithTheUsage() {
        assertEquals(2, run("analyse", demo(), "--horizon", "2050", "--engine", "oracle"));
        assertTrue(stderr().contains("Onbekende rekenmachine \"oracle\""), stderr());
        assertTrue(stderr().contains("Gebruik:"), stderr());
        err.reset();
        assertEquals(2, run("analyse", demo(), "--horizon", "2050", "--engine", "postgis"));
        assertTrue(stderr().contains("Geef bij --engine postgis de database op met --db"), stderr());
        err.reset();
        assertEquals(2, run("analyse", demo(), "--horizon", "2050", "--db", "jdbc:postgresql://localhost/x"));
        assertTrue(stderr().contains("horen bij --engine postgis"), stderr());
        err.reset();
        assertEquals(2, run("analyse", demo(), "--horizon", "2050", "--engine", "postgis", "--db", "jdbc:postgresql://localhost/x",
                "--db-layer", "percelen"));
        assertTrue(stderr().contains("Onbekende vorm van --db-layer \"percelen\""), stderr());
        err.reset();
        assertEquals(2, run("analyse", demo(), "--horizon", "2050", "--engine", "postgis", "--db"));
        assertTrue(stderr().contains("Geef na --db een waarde op."), stderr());
    }

    @Test
    void aDatabaseThatCannotBeReachedGivesADutchMessageAndExitTwo() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort(); // nothing listens there once closed
        }
        assertEquals(2, run("analyse", demo(), "--horizon", "2050", "--engine", "postgis",
                "--db", "jdbc:postgresql://127.0.0.1:" + port + "/ruimte?password=geheim"));
        String e = stderr();
        assertTrue(e.startsWith("De database jdbc:postgresql://127.0.0.1:" + port + "/ruimte?password=*** is niet bereikbaar"), e);
        assertFalse(e.contains("geheim"), "the password is never printed: " + e);
        assertFalse(e.contains("Exception") || e.contains("\tat "), "no stack trace: " + e);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        err.reset();
        assertEquals(2, run("analyse", demo(), "--horizon", "2050", "--engine", "postgis", "--db", "jdbc:mysql://localhost/ruimte"));
        assertTrue(stderr().contains("Dit is geen PostgreSQL-adres"), stderr());
    }

    @Test
    void aTableLayerSpecNamesLayerSchemaTableAndOptionallyTheGeometryColumn() {
        TableLayer t = TableLayer.parse("percelen=brp.gewaspercelen:geom").orElseThrow();
        assertEquals("percelen", t.layerId());
        assertEquals("brp.gewaspercelen", t.qualifiedName());
        assertEquals(Optional.of("geom"), t.geometryColumn());
        assertEquals(Optional.empty(), TableLayer.parse("percelen=brp.gewaspercelen").orElseThrow().geometryColumn());
        assertTrue(TableLayer.parse("percelen=gewaspercelen").isEmpty(), "the schema is required");
        assertTrue(TableLayer.parse("percelen=a.b;drop table x").isEmpty(), "only plain identifiers");
    }
}
