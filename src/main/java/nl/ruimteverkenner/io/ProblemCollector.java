package nl.ruimteverkenner.io;

import java.util.ArrayList;
import java.util.List;
import nl.ruimteverkenner.i18n.Messages;

/** Collects problems for one file while it is read. */
final class ProblemCollector {
    private final String file;
    private final List<Problem> problems;

    ProblemCollector(String file, List<Problem> sink) {
        this.file = file;
        this.problems = sink;
    }

    String file() {
        return file;
    }

    void error(String location, String key, Object... args) {
        problems.add(new Problem(Problem.Severity.ERROR, file, location, Messages.get(key, args)));
    }

    void warning(String location, String key, Object... args) {
        problems.add(new Problem(Problem.Severity.WARNING, file, location, Messages.get(key, args)));
    }

    int errorCount() {
        return (int) problems.stream().filter(p -> p.isError() && p.file().equals(file)).count();
    }

    static List<Problem> newSink() {
        return new ArrayList<>();
    }
}
