package nl.ruimteverkenner.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import nl.ruimteverkenner.TestScenarios;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.SchuurpuntKeuze;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario as one file: the round trip, and the hostile archives that must be refused without a trace. */
class ScenarioArchiveTest {
    @TempDir
    Path tmp;

    /** The voorontwerp scenario copied into {@code dir}, with a recorded schuurpunt-keuze and a note. */
    private Path voorontwerpWithKeuze(Path dir) throws IOException {
        Path src = TestScenarios.scenarios().resolve("voorontwerp-nota-ruimte-2024");
        Path copy = dir.resolve("voorontwerp");
        try (Stream<Path> all = Files.walk(src)) {
            for (Path p : all.toList()) {
                Path t = copy.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        new SchuurpuntKeuzeStore(copy).save(Map.of("k1", new SchuurpuntKeuze("k1", "Wonen bij de Waal", 2050,
                "A of B", "Water sturend", "Dijkversterking gaat voor", "Gelderland", "2026-11-29")));
        Files.writeString(copy.resolve("notities.md"), "# Notities\nÉén regel met é.\n", StandardCharsets.UTF_8);
        return copy;
    }

    private static Map<Path, byte[]> files(Path folder) throws IOException {
        Map<Path, byte[]> out = new java.util.TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                out.put(folder.relativize(p), Files.readAllBytes(p));
            }
        }
        return out;
    }

    @Test
    void roundTripGivesEveryFileBackByteForByteAndTheSameScenario() throws Exception {
        Path folder = voorontwerpWithKeuze(tmp.resolve("werk"));
        Path link = folder.resolve("link-naar-buiten");
        boolean linked = true;
        try {
            Files.createSymbolicLink(link, tmp);
        } catch (IOException | UnsupportedOperationException e) {
            linked = false;
        }
        Path archive = tmp.resolve("uit/voorontwerp.ruimte");
        ScenarioArchive.Written w = ScenarioArchive.write(folder, archive, false);
        if (linked) {
            Files.delete(link); // a symbolic link is neither followed nor archived
        }
        Map<Path, byte[]> before = files(folder);
        assertEquals(before.size(), w.files());

        try (ZipFile zip = new ZipFile(archive.toFile())) {
            assertEquals(ScenarioArchive.INFO_ENTRY, zip.entries().nextElement().getName());
            String info = new String(zip.getInputStream(zip.getEntry(ScenarioArchive.INFO_ENTRY)).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(info.contains("\"formatVersion\" : 1") && info.contains("\"scenarioId\" : \"voorontwerp-nota-ruimte-2024\""), info);
        }

        Path data = tmp.resolve("data");
        Path opened = ScenarioArchive.unpackShared(archive, data);
        assertEquals(data.resolve("gedeeld/voorontwerp-nota-ruimte-2024"), opened);
        Map<Path, byte[]> after = files(opened);
        assertEquals(before.keySet(), after.keySet());
        for (Path p : before.keySet()) {
            assertArrayEquals(before.get(p), after.get(p), p.toString());
            // modification times come back too (zip keeps them to two seconds)
            long t0 = Files.getLastModifiedTime(folder.resolve(p)).toMillis();
            long t1 = Files.getLastModifiedTime(opened.resolve(p)).toMillis();
            assertTrue(Math.abs(t0 - t1) <= 2000, p + ": " + t0 + " / " + t1);
        }

        Scenario a = new ScenarioReader().read(folder).scenario().orElseThrow();
        ScenarioLoad loadB = new ScenarioReader().read(opened);
        assertTrue(loadB.isValid(), loadB.problems().toString());
        Scenario b = loadB.scenario().orElseThrow();
        assertEquals(a.features().map(Feature::id).toList(), b.features().map(Feature::id).toList());
        assertEquals(a.keuzes(), b.keuzes());
        assertEquals(a.rules(), b.rules());
        assertEquals(new SchuurpuntKeuzeStore(folder).load(new ArrayList<>()), new SchuurpuntKeuzeStore(opened).load(new ArrayList<>()));
        assertEquals(1, new SchuurpuntKeuzeStore(opened).load(new ArrayList<>()).size());

        // opening it again never overwrites the first copy (which may have been worked on)
        Files.writeString(opened.resolve("notities.md"), "bewerkt");
        Path second = ScenarioArchive.unpackShared(archive, data);
        assertEquals(data.resolve("gedeeld/voorontwerp-nota-ruimte-2024-2"), second);
        assertEquals("bewerkt", Files.readString(opened.resolve("notities.md")));
        assertEquals(List.of("voorontwerp-nota-ruimte-2024", "voorontwerp-nota-ruimte-2024-2"), listing(data.resolve("gedeeld")));
    }

    @Test
    void anExistingFileIsOnlyReplacedWhenAsked() throws Exception {
        Path folder = voorontwerpWithKeuze(tmp.resolve("werk"));
        Path archive = tmp.resolve("s.ruimte");
        Files.writeString(archive, "iets anders");
        ScenarioArchive.ArchiveException e = assertThrows(ScenarioArchive.ArchiveException.class,
                () -> ScenarioArchive.write(folder, archive, false));
        assertTrue(e.getMessage().contains("bestaat al"), e.getMessage());
        assertEquals("iets anders", Files.readString(archive));
        assertEquals(List.of("s.ruimte", "werk"), listing(tmp)); // no temporary file left
        ScenarioArchive.write(folder, archive, true);
        assertTrue(Files.size(archive) > 1000);
        assertEquals(List.of("s.ruimte", "werk"), listing(tmp));
    }

    // ------------------------------------------------------------------------------------ hostile archives

    private static final byte[] MANIFEST = "{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8);

    private Path zip(String name, Entry... entries) throws IOException {
        Path p = tmp.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(p))) {
            for (Entry e : entries) {
                zip.putNextEntry(new ZipEntry(e.name()));
                zip.write(e.content());
                zip.closeEntry();
            }
        }
        return p;
    }

    private record Entry(String name, byte[] content) {
        static Entry of(String name, String content) {
            return new Entry(name, content.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Unpacking {@code archive} is refused with a message containing every fragment, and leaves nothing. */
    private String refused(Path archive, String... fragments) throws IOException {
        Path data = tmp.resolve("data");
        Files.createDirectories(data.resolve("gedeeld"));
        ScenarioArchive.ArchiveException e = assertThrows(ScenarioArchive.ArchiveException.class,
                () -> ScenarioArchive.unpackShared(archive, data));
        String message = e.getMessage();
        assertTrue(message.contains(archive.getFileName().toString()), message);
        for (String f : fragments) {
            assertTrue(message.contains(f), message);
        }
        assertEquals(List.of(), listing(data.resolve("gedeeld")), "left behind after: " + message);
        assertFalse(Files.exists(tmp.resolve("x")) || Files.exists(tmp.resolve("data/x")));
        return message;
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void pathTraversalIsRefused() throws Exception {
        refused(zip("slip.ruimte", new Entry("scenario.json", MANIFEST), Entry.of("../x", "weg")),
                "\"../x\"", "buiten het scenario");
        refused(zip("slip2.ruimte", new Entry("scenario.json", MANIFEST), Entry.of("layers/../../x", "weg")), "\"layers/../../x\"");
    }

    @Test
    void absolutePathsDriveLettersAndBackslashesAreRefused() throws Exception {
        refused(zip("abs.ruimte", new Entry("scenario.json", MANIFEST), Entry.of("/etc/x", "weg")), "\"/etc/x\"", "absoluut");
        refused(zip("drive.ruimte", new Entry("scenario.json", MANIFEST), Entry.of("C:/x", "weg")), "\"C:/x\"", "schijfletter");
        refused(zip("bs.ruimte", new Entry("scenario.json", MANIFEST), Entry.of("..\\x", "weg")), "backslash");
    }

    @Test
    void aSymlinkEntryIsRefused() throws Exception {
        Path p = zip("link.ruimte", new Entry("scenario.json", MANIFEST), Entry.of("layers/water.geojson", "/etc/passwd"));
        setUnixMode(p, "layers/water.geojson", 0120777);
        refused(p, "\"layers/water.geojson\"", "symbolische koppeling");
    }

    /** Sets the Unix mode of one entry in the central directory (made by Unix), as zip -y would. */
    private static void setUnixMode(Path zip, String name, int mode) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < bytes.length; i++) {
            if (b.getInt(i) == 0x02014b50) {
                int nameLength = Short.toUnsignedInt(b.getShort(i + 28));
                if (new String(bytes, i + 46, nameLength, StandardCharsets.UTF_8).equals(name) && nameLength == wanted.length) {
                    b.putShort(i + 4, (short) (3 << 8 | 20));
                    b.putInt(i + 38, mode << 16);
                }
            }
        }
        Files.write(zip, bytes);
    }

    @Test
    void tenThousandEntriesAreRefused() throws Exception {
        Path p = tmp.resolve("veel.ruimte");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(p))) {
            zip.putNextEntry(new ZipEntry("scenario.json"));
            zip.write(MANIFEST);
            for (int i = 0; i < 10_000; i++) {
                zip.putNextEntry(new ZipEntry("n/" + i + ".txt"));
                zip.closeEntry();
            }
        }
        refused(p, "meer dan 2000 onderdelen");
    }

    @Test
    void aGigabyteBombIsRefusedByTheBytesActuallyInflated() throws Exception {
        Path p = tmp.resolve("bom.ruimte");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(p))) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("scenario.json"));
            zip.write(MANIFEST);
            zip.putNextEntry(new ZipEntry("layers/nullen.geojson"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 1024; i++) {
                zip.write(zeros);
            }
        }
        assertTrue(Files.size(p) < 5_000_000, "small on disk: " + Files.size(p));
        // lie about the size in the central directory, so only counting inflated bytes can catch it
        patchCentralSizes(p, "layers/nullen.geojson", 1000);
        refused(p, "\"layers/nullen.geojson\"", "300 MB");
    }

    @Test
    void theTotalUnpackedSizeIsLimitedToo() throws Exception {
        Path p = zip("totaal.ruimte", new Entry("scenario.json", MANIFEST), new Entry("a.bin", new byte[600]),
                new Entry("b.bin", new byte[600]));
        Path data = tmp.resolve("data");
        ScenarioArchive.ArchiveException e = assertThrows(ScenarioArchive.ArchiveException.class,
                () -> ScenarioArchive.unpack(p, data.resolve("gedeeld"), new ScenarioArchive.Limits(2000, 1000, 1000)));
        assertTrue(e.getMessage().contains("\"b.bin\""), e.getMessage());
        assertEquals(List.of(), listing(data.resolve("gedeeld")));
    }

    /** Writes a wrong uncompressed size into the central directory header of {@code name}. */
    private static void patchCentralSizes(Path zip, String name, int size) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 < bytes.length; i++) {
            if (b.getInt(i) == 0x02014b50) {
                int nameLength = Short.toUnsignedInt(b.getShort(i + 28));
                if (new String(bytes, i + 46, nameLength, StandardCharsets.UTF_8).equals(name)) {
                    b.putInt(i + 24, size);
                }
            }
        }
        Files.write(zip, bytes);
    }

    @Test
    void aTruncatedFileIsRefused() throws Exception {
        Path folder = voorontwerpWithKeuze(tmp.resolve("werk"));
        Path whole = tmp.resolve("heel.ruimte");
        ScenarioArchive.write(folder, whole, false);
        byte[] bytes = Files.readAllBytes(whole);
        Path half = tmp.resolve("half.ruimte");
        Files.write(half, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        refused(half, "beschadigd of onvolledig");
        Path empty = tmp.resolve("leeg.ruimte");
        Files.write(empty, new byte[0]);
        refused(empty, "beschadigd of onvolledig");
    }

    @Test
    void aCorruptEntryIsRefusedWithItsName() throws Exception {
        Path p = zip("kapot.ruimte", new Entry("scenario.json", MANIFEST),
                Entry.of("rules.json", "{\"rules\": []}".repeat(200)));
        byte[] bytes = Files.readAllBytes(p);
        // flip bytes in the middle of the compressed data of rules.json (after its local header)
        int at = indexOf(bytes, "rules.json".getBytes(StandardCharsets.UTF_8)) + 14;
        for (int i = 0; i < 6; i++) {
            bytes[at + i] ^= 0x5a;
        }
        Files.write(p, bytes);
        refused(p, "\"rules.json\"");
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void duplicateNamesAreRefused() throws Exception {
        // ZipOutputStream refuses duplicates, so write one entry twice under two names of equal length and rename
        Path p = zip("dubbel.ruimte", new Entry("scenario.json", MANIFEST), Entry.of("rules.json", "{}"),
                Entry.of("rulez.json", "{}"));
        byte[] bytes = Files.readAllBytes(p);
        byte[] from = "rulez.json".getBytes(StandardCharsets.UTF_8);
        byte[] to = "rules.json".getBytes(StandardCharsets.UTF_8);
        for (int i = indexOf(bytes, from); i >= 0; i = indexOf(bytes, from)) {
            System.arraycopy(to, 0, bytes, i, to.length);
        }
        Files.write(p, bytes);
        refused(p, "\"rules.json\"", "meer dan eens");
        // names that only differ in case are one file on Windows and macOS
        refused(zip("hoofdletters.ruimte", new Entry("scenario.json", MANIFEST), Entry.of("Rules.json", "{}"),
                Entry.of("rules.json", "{}")), "meer dan eens");
    }

    @Test
    void anArchiveWithoutAScenarioIsRefused() throws Exception {
        refused(zip("geen.ruimte", Entry.of("foto.jpg", "x")), "geen scenario.json");
    }

    @Test
    void entryNamesAreChecked() {
        assertEquals(null, ScenarioArchive.nameProblem("layers/water.geojson"));
        for (String bad : List.of("../a", "a/../../b", "/a", "C:\\a", "c:a", "a\\b", "a//b", "./a", "a/./b", "", "a\u0000b")) {
            assertTrue(ScenarioArchive.nameProblem(bad) != null, bad);
        }
        assertEquals("voorontwerp-nota-ruimte-2024", ScenarioArchive.folderName("voorontwerp-nota-ruimte-2024"));
        assertEquals("etc-passwd", ScenarioArchive.folderName("../etc/passwd"));
        assertEquals("scenario", ScenarioArchive.folderName(".."));
    }

    @Test
    void aScenarioZippedWithItsFolderOpensToo() throws Exception {
        Path p = zip("met-map.ruimte", new Entry("plan/", new byte[0]), new Entry("plan/scenario.json", MANIFEST),
                Entry.of("plan/layers/water.geojson", "{}"));
        Path opened = ScenarioArchive.unpack(p, tmp.resolve("data"));
        assertEquals(tmp.resolve("data/x"), opened);
        assertEquals(List.of("layers", "scenario.json"), listing(opened));
        assertArrayEquals(MANIFEST, Files.readAllBytes(opened.resolve("scenario.json")));
    }

    @Test
    void anArchiveOfANewerFormatIsRefusedWithAnUpdateHint() throws Exception {
        refused(zip("nieuw.ruimte", Entry.of(ScenarioArchive.INFO_ENTRY, "{\"formatVersion\": 2, \"appVersion\": \"9.0\"}"),
                new Entry("scenario.json", MANIFEST)), "nieuwere Ruimteverkenner", "9.0");
        refused(zip("info.ruimte", Entry.of(ScenarioArchive.INFO_ENTRY, "{kapot"), new Entry("scenario.json", MANIFEST)),
                ScenarioArchive.INFO_ENTRY);
    }
}
