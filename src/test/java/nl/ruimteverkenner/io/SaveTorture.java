package nl.ruimteverkenner.io;

import java.nio.file.Path;
import java.util.List;
import nl.ruimteverkenner.model.Scenario;

/**
 * Child process for {@link ScenarioWriterTest}: saves two versions of the Voorontwerp scenario into one
 * folder, alternately, until it is killed. Prints "go" once the first save is under way.
 */
public final class SaveTorture {
    private SaveTorture() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Scenario a = new ScenarioReader().read(source).scenario().orElseThrow();
        Scenario b = variant(a);
        ScenarioWriter writer = new ScenarioWriter();
        System.out.println("go");
        System.out.flush();
        for (long i = 0; ; i++) {
            writer.save(i % 2 == 0 ? b : a, target);
        }
    }

    /** The same scenario under another name and without its keuzeregister. */
    static Scenario variant(Scenario a) {
        return new Scenario(a.id(), a.name() + " (variant)", a.description(), a.horizons(), a.sources(), a.groups(),
                a.layers(), List.of(), a.rules());
    }
}
