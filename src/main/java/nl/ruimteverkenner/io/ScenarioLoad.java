package nl.ruimteverkenner.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.ruimteverkenner.model.Scenario;

/**
 * The outcome of reading a scenario: the scenario (absent only when the manifest itself is unusable)
 * and every problem found, in file order.
 */
public record ScenarioLoad(Path folder, Optional<Scenario> scenario, List<Problem> problems) {
    public ScenarioLoad {
        problems = List.copyOf(problems);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }

    /** True when there is a scenario and no errors (warnings are allowed). */
    public boolean isValid() {
        return scenario.isPresent() && errorCount() == 0;
    }
}
