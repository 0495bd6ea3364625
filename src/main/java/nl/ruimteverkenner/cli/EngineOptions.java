package nl.ruimteverkenner.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.analysis.SchuurpuntEngine;
import nl.ruimteverkenner.basemap.Provinces;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.postgis.Database;
import nl.ruimteverkenner.io.postgis.PostgisEngine;
import nl.ruimteverkenner.io.postgis.PostgisException;
import nl.ruimteverkenner.io.postgis.PostgisFailure;
import nl.ruimteverkenner.io.postgis.TableLayer;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Scenario;
import org.locationtech.jts.geom.Geometry;

/**
 * The options of {@code analyse} that choose the engine: {@code --engine jts|postgis} (jts, the embedded engine, by
 * default), and for PostGIS {@code --db <jdbc url>}, {@code --db-user U} (the password comes from the environment
 * variable {@value Database#PASSWORD_VARIABLE} or the URL) and any number of {@code --db-layer
 * layerId=schema.table[:geomcolumn]}.
 */
final class EngineOptions {
    static final String JTS = "jts";
    static final String POSTGIS = "postgis";

    private final UnaryOperator<String> environment;
    private String engine = JTS;
    private String url;
    private String user;
    private final List<TableLayer> tables = new ArrayList<>();
    private String[] rest = new String[0];

    EngineOptions() {
        this(System::getenv);
    }

    /** With the environment given (tests). */
    EngineOptions(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    /**
     * Takes the engine options out of {@code args} (the others are then {@link #rest()}); a problem with them is
     * returned as a message for the usage.
     */
    Optional<String> extract(String[] args) {
        List<String> others = new ArrayList<>();
        boolean engineGiven = false;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (!List.of("--engine", "--db", "--db-user", "--db-layer").contains(option)) {
                others.add(option);
                continue;
            }
            if (i + 1 >= args.length) {
                return Optional.of(Messages.get("cli.analyse.engine.valueMissing", option));
            }
            String value = args[++i];
            switch (option) {
                case "--engine" -> {
                    if (!value.equals(JTS) && !value.equals(POSTGIS)) {
                        return Optional.of(Messages.get("cli.analyse.engine.unknown", value));
                    }
                    engine = value;
                    engineGiven = true;
                }
                case "--db" -> url = value;
                case "--db-user" -> user = value;
                default -> {
                    Optional<TableLayer> t = TableLayer.parse(value);
                    if (t.isEmpty()) {
                        return Optional.of(Messages.get("cli.analyse.engine.badDbLayer", value));
                    }
                    tables.add(t.get());
                }
            }
        }
        rest = others.toArray(new String[0]);
        boolean dbOptions = url != null || user != null || !tables.isEmpty();
        if (engine.equals(POSTGIS) && url == null) {
            return Optional.of(Messages.get("cli.analyse.engine.dbMissing"));
        }
        if (dbOptions && !engine.equals(POSTGIS)) {
            return Optional.of(Messages.get(engineGiven ? "cli.analyse.engine.dbWithoutPostgis" : "cli.analyse.engine.engineMissing"));
        }
        return Optional.empty();
    }

    /** The arguments that are not engine options, in their order. */
    String[] rest() {
        return rest.clone();
    }

    /** The database to connect to (for {@code --engine postgis}). */
    Database database() {
        String password = environment.apply(Database.PASSWORD_VARIABLE);
        return new Database(url, Optional.ofNullable(user), Optional.ofNullable(password).filter(p -> !p.isEmpty()));
    }

    /**
     * The schuurpunten of {@code scenario} at {@code horizon} by the chosen engine, warning on {@code err} about the
     * features it could not use; empty when the database could not be used (the message is on {@code err}). Without
     * {@code overlaps} the embedded engine's schuurpunten keep only their centre ({@link Schuurpunt#withoutOverlap}).
     */
    Optional<List<Schuurpunt>> analyse(Scenario scenario, Horizon horizon, Optional<Geometry> region, boolean overlaps,
                                       PrintStream err) {
        if (!engine.equals(POSTGIS)) {
            SchuurpuntEngine embedded = new SchuurpuntEngine(scenario, Provinces.all());
            AnalyseCommand.warnUnusable(embedded, err);
            return Optional.of(overlaps ? embedded.analyse(horizon, region) : embedded.analyseWithoutOverlaps(horizon, region));
        }
        try (PostgisEngine postgis = PostgisEngine.open(database(), scenario, Provinces.all(), tables)) {
            AnalyseCommand.warnUnusable(postgis, err);
            return Optional.of(postgis.analyse(horizon, region));
        } catch (PostgisException | PostgisFailure e) {
            err.println(e.getMessage());
            return Optional.empty();
        }
    }

    /** Whether the analysis runs in PostGIS. */
    boolean isPostgis() {
        return engine.equals(POSTGIS);
    }
}
