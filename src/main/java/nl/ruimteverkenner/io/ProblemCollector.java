package nl.ruimteverkenner.io;

import java.util.ArrayList;
import java.util.List;
import nl.ruimteverkenner.i18n.Messages;

/** Collects problems for one file while it is read. */
final class ProblemCollector {
    private final String file;
    private final List<Problem> problems;
    private int errorsAdded;

    ProblemCollector(String file, List<Problem> sink) {
        this.file = file;
        this.problems = sink;
    }

    String file() {
        return file;
    }

    void error(String location, String key, Object... args) {
        problems.add(new Problem(Problem.Severity.ERROR, file, location, Messages.get(key, args)));
        errorsAdded++;
    }

    void warning(String location, String key, Object... args) {
        problems.add(new Problem(Problem.Severity.WARNING, file, location, Messages.get(key, args)));
    }

    /** Adds problems found elsewhere (for this file), in their order. */
    void addAll(List<Problem> found) {
        for (Problem p : found) {
            problems.add(p);
            errorsAdded += p.isError() ? 1 : 0;
        }
    }

    /**
     * How many errors this collector has added so far: compared before and after one entry is read, to tell whether
     * that entry had an error (constant time, unlike {@link #errorCount()}, which scans the whole sink).
     */
    int errorsAdded() {
        return errorsAdded;
    }

    /** How many errors the sink holds for this file, whoever added them. */
    int errorCount() {
        return (int) problems.stream().filter(p -> p.isError() && p.file().equals(file)).count();
    }

    static List<Problem> newSink() {
        return new ArrayList<>();
    }
}
