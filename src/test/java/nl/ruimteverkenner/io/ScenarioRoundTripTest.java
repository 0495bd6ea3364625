package nl.ruimteverkenner.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.Rule;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.VariantInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Geometry;

/**
 * Writing a scenario and reading it back gives the same scenario, property by property: every accessor of
 * every model object is compared (found by reflection, so a property added to the model and forgotten by the
 * writer fails here), geometry with {@code equalsExact} after normalisation, to the 1e-7 degrees the writer
 * rounds to. And the writer's output is deterministic.
 */
class ScenarioRoundTripTest {
    /** The writer rounds coordinates to 1e-7 degrees. */
    private static final double TOLERANCE = 1e-7;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"demo", "voorontwerp-nota-ruimte-2024"})
    void everyPropertyOfTheBundledScenariosSurvivesARoundTrip(String name) throws Exception {
        Scenario original = read(TestScenarios.scenarios().resolve(name));
        assertSameDeep("scenario", original, roundTrip(original, dir.resolve("kopie")));
    }

    @Test
    void aVariantKeepsItsVariantInfo() throws Exception {
        Scenario demo = read(TestScenarios.scenarios().resolve("demo"));
        Scenario variant = demo.toBuilder().id(demo.id() + "-variant").name(demo.name() + " (variant)").description("Een variant")
                .variant(new VariantInfo(demo.id(), "Gemeente Utrecht", "2026-11-29")).build();
        Scenario back = roundTrip(variant, dir.resolve("variant"));
        assertEquals(Optional.of(new VariantInfo(demo.id(), "Gemeente Utrecht", "2026-11-29")), back.variant());
        assertSameDeep("variant", variant, back);
    }

    @Test
    void theBundledScenariosUseTheOptionalProperties() throws Exception {
        // without these the round trip above could not notice the writer dropping them
        List<Scenario> all = List.of(read(TestScenarios.scenarios().resolve("demo")),
                read(TestScenarios.scenarios().resolve("voorontwerp-nota-ruimte-2024")));
        List<Feature> features = all.stream().flatMap(Scenario::features).toList();
        List<Rule> rules = all.stream().flatMap(s -> s.rules().stream()).toList();
        List<Layer> layers = all.stream().flatMap(s -> s.layers().stream()).toList();
        assertTrue(features.stream().anyMatch(f -> f.until().isPresent()), "until");
        assertTrue(features.stream().anyMatch(f -> !f.tags().isEmpty()), "feature tags");
        assertTrue(features.stream().anyMatch(f -> !f.schematic()) && features.stream().anyMatch(Feature::schematic), "schematic");
        assertTrue(features.stream().flatMap(f -> f.sources().stream()).anyMatch(c -> !c.section().isEmpty()), "section");
        assertTrue(all.stream().flatMap(s -> s.sources().stream()).anyMatch(d -> !d.url().isEmpty()), "url");
        assertTrue(all.stream().anyMatch(s -> !s.keuzes().isEmpty()), "keuzes");
        assertTrue(rules.stream().anyMatch(r -> r.bufferMeters() > 0), "bufferMeters");
        assertTrue(rules.stream().anyMatch(r -> r.sturend().isPresent()), "sturend");
        assertTrue(layers.stream().anyMatch(l -> !l.visibleByDefault()), "visible: false");
        assertTrue(layers.stream().anyMatch(l -> !l.description().isEmpty()), "layer description");
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "voorontwerp-nota-ruimte-2024"})
    void writingTwiceGivesTheSameBytes(String name) throws Exception {
        Scenario s = read(TestScenarios.scenarios().resolve(name));
        Path first = dir.resolve("eerste");
        Path second = dir.resolve("tweede");
        new ScenarioWriter().save(s, first);
        new ScenarioWriter().save(read(first), second);
        List<Path> files = files(first);
        assertEquals(files, files(second));
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(first.resolve(f)), Files.readAllBytes(second.resolve(f)), f.toString());
        }
    }

    @Test
    void objectsAreWrittenWithTheirKeysInAFixedOrder() throws Exception {
        Scenario demo = read(TestScenarios.scenarios().resolve("demo"));
        Scenario variant = demo.toBuilder().variant(new VariantInfo("demo", "Auteur", "2026-11-29")).build();
        Path out = dir.resolve("volgorde");
        new ScenarioWriter().save(variant, out);
        String manifest = Files.readString(out.resolve(ScenarioReader.MANIFEST), StandardCharsets.UTF_8);
        assertInOrder(manifest, "\"basedOn\"", "\"author\"", "\"date\"");
        assertInOrder(manifest, "\"color\"", "\"opacity\"", "\"strokeWidth\"", "\"symbol\"");
    }

    private static void assertInOrder(String text, String... keys) {
        int at = -1;
        for (String k : keys) {
            int next = text.indexOf(k, at + 1);
            assertTrue(next > at, () -> k + " after " + String.join(", ", keys));
            at = next;
        }
    }

    private static Scenario read(Path folder) {
        ScenarioLoad load = new ScenarioReader().read(folder);
        assertTrue(load.isValid(), () -> folder + ": " + load.problems());
        return load.scenario().orElseThrow();
    }

    private static Scenario roundTrip(Scenario s, Path folder) throws Exception {
        new ScenarioWriter().save(s, folder);
        return read(folder);
    }

    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    /** Compares two model values property by property; {@code path} names the property in a failure. */
    private static void assertSameDeep(String path, Object a, Object b) throws ReflectiveOperationException {
        if (a instanceof Optional<?> oa && b instanceof Optional<?> ob) {
            assertEquals(oa.isPresent(), ob.isPresent(), path);
            if (oa.isPresent()) {
                assertSameDeep(path, oa.get(), ob.get());
            }
        } else if (a == null || b == null) {
            assertEquals(a, b, path);
        } else if (a instanceof Geometry ga && b instanceof Geometry gb) {
            assertTrue(ga.norm().equalsExact(gb.norm(), TOLERANCE), () -> path + ": " + ga + " became " + gb);
        } else if (a instanceof List<?> la && b instanceof List<?> lb) {
            assertEquals(la.size(), lb.size(), path + ".size()");
            for (int i = 0; i < la.size(); i++) {
                assertSameDeep(path + "[" + i + "]", la.get(i), lb.get(i));
            }
        } else if (a instanceof Set<?>) {
            assertEquals(a, b, path);
        } else if (a instanceof Record) {
            assertEquals(a.getClass(), b.getClass(), path);
            for (RecordComponent rc : a.getClass().getRecordComponents()) {
                assertSameDeep(path + "." + rc.getName(), rc.getAccessor().invoke(a), rc.getAccessor().invoke(b));
            }
        } else if (a.getClass().getPackageName().equals(Scenario.class.getPackageName()) && !a.getClass().isEnum()) {
            assertEquals(a.getClass(), b.getClass(), path);
            int compared = 0;
            for (Method m : a.getClass().getDeclaredMethods()) {
                if (isProperty(m)) {
                    assertSameDeep(path + "." + m.getName() + "()", invoke(m, a), invoke(m, b));
                    compared++;
                }
            }
            assertFalse(compared == 0, path + ": no properties found");
        } else {
            assertEquals(a, b, path);
        }
    }

    private static boolean isProperty(Method m) {
        return Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
                && m.getReturnType() != void.class && m.getReturnType() != Stream.class
                && m.getReturnType().getDeclaringClass() != m.getDeclaringClass() // e.g. toBuilder(): not a property
                && !Set.of("hashCode", "toString").contains(m.getName());
    }

    private static Object invoke(Method m, Object target) throws IllegalAccessException, InvocationTargetException {
        return m.invoke(target);
    }
}
