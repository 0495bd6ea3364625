package nl.ruimteverkenner.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ruimteverkenner.edit.ScenarioEdits;
import nl.ruimteverkenner.model.Scenario;

/**
 * Child process for {@link ScenarioWriterTest}: saves numbered versions of the Voorontwerp scenario into one
 * folder, one after the other, until it is killed; with the fourth argument {@value #NEW_FOLDERS}, saves version N
 * as a variant into a new folder {@code variant-N} inside the given folder instead, as "Variant opslaan als…" does. Prints "go" before the first save and "saved N" after save
 * N (from 1) has completed, and records N in a counter file (replaced atomically, so it always holds a whole
 * number, readable after the kill). Save N is the scenario named "NAME #N", with its keuzeregister when N is even and
 * without when N is odd, so a folder mixing two saves is recognised.
 */
public final class SaveTorture {
    /** The line printed after each completed save, followed by its number. */
    static final String SAVED = "saved ";
    /** The mode that saves each version as a variant into a new folder. */
    static final String NEW_FOLDERS = "new-folders";
    private static final Pattern NUMBER = Pattern.compile(" #(\\d+)$");

    private SaveTorture() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Path counter = Path.of(args[2]);
        Path counterNext = counter.resolveSibling(counter.getFileName() + ".next");
        Scenario a = new ScenarioReader().read(source).scenario().orElseThrow();
        boolean newFolders = args.length > 3 && args[3].equals(NEW_FOLDERS);
        ScenarioWriter writer = new ScenarioWriter();
        System.out.println("go");
        System.out.flush();
        for (long n = 1; ; n++) {
            if (newFolders) {
                writer.save(variant(a, n), variantFolder(target, n));
            } else {
                writer.save(version(a, n), target);
            }
            Files.writeString(counterNext, Long.toString(n));
            Files.move(counterNext, counter, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.out.println(SAVED + n);
            System.out.flush();
        }
    }

    /** Save number {@code n} of scenario {@code a}. */
    static Scenario version(Scenario a, long n) {
        return a.toBuilder().name(a.name() + " #" + n).keuzes(n % 2 == 0 ? a.keuzes() : List.of()).build();
    }

    /** Save number {@code n} as a variant of {@code a}, as {@code SketchController.saveVariant} makes it. */
    static Scenario variant(Scenario a, long n) {
        Scenario v = version(a, n);
        return ScenarioEdits.asVariant(v, "variant-" + n, v.name(), "proef", "2026-11-29T20:00:" + String.format("%02d", n % 60));
    }

    /** The new folder that variant {@code n} is saved into. */
    static Path variantFolder(Path parent, long n) {
        return parent.resolve("variant-" + n);
    }

    /** The number of the save that {@code s} was written by, if it was written by this class. */
    static Optional<Long> number(Scenario s) {
        Matcher m = NUMBER.matcher(s.name());
        return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }
}
