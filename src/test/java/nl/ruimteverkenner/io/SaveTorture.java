package nl.ruimteverkenner.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ruimteverkenner.model.Scenario;

/**
 * Child process for {@link ScenarioWriterTest}: saves numbered versions of the Voorontwerp scenario into one
 * folder, one after the other, until it is killed. Prints "go" before the first save and "saved N" after save
 * N (from 1) has completed, and records N in a counter file (replaced atomically, so it always holds a whole
 * number, readable after the kill). Save N is the scenario named "NAME #N", with its keuzeregister when N is even and
 * without when N is odd, so a folder mixing two saves is recognised.
 */
public final class SaveTorture {
    /** The line printed after each completed save, followed by its number. */
    static final String SAVED = "saved ";
    private static final Pattern NUMBER = Pattern.compile(" #(\\d+)$");

    private SaveTorture() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Path counter = Path.of(args[2]);
        Path counterNext = counter.resolveSibling(counter.getFileName() + ".next");
        Scenario a = new ScenarioReader().read(source).scenario().orElseThrow();
        ScenarioWriter writer = new ScenarioWriter();
        System.out.println("go");
        System.out.flush();
        for (long n = 1; ; n++) {
            writer.save(version(a, n), target);
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

    /** The number of the save that {@code s} was written by, if it was written by this class. */
    static Optional<Long> number(Scenario s) {
        Matcher m = NUMBER.matcher(s.name());
        return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }
}
