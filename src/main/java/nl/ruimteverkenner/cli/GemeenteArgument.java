package nl.ruimteverkenner.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.GemeenteReader;
import nl.ruimteverkenner.model.Gemeente;

/**
 * The {@code --gemeenten F --gemeente CODE|NAAM} pair of the report and render commands: reads the file, prints
 * its problems (warnings too, such as a repaired boundary: output must not hide them) and finds the gemeente by
 * code or name, case-insensitively.
 */
final class GemeenteArgument {
    private GemeenteArgument() {
    }

    /** The gemeente asked for; empty, with the reason printed on {@code err}, when the file or the name fails. */
    static Optional<Gemeente> read(String file, String wanted, PrintStream err) {
        GemeenteReader.Result gemeenten = new GemeenteReader().read(Path.of(file));
        gemeenten.problems().forEach(p -> err.println(p.describe()));
        if (!gemeenten.usable()) {
            return Optional.empty();
        }
        String w = wanted.toLowerCase(Locale.ROOT);
        Optional<Gemeente> g = gemeenten.gemeenten().stream()
                .filter(x -> x.code().equalsIgnoreCase(w) || x.name().toLowerCase(Locale.ROOT).equals(w)).findFirst();
        if (g.isEmpty()) {
            err.println(Messages.get("cli.report.unknownGemeente", wanted, file));
        }
        return g;
    }
}
