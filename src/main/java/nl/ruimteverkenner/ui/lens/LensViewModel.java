package nl.ruimteverkenner.ui.lens;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.ruimteverkenner.analysis.AnalysisSession;
import nl.ruimteverkenner.analysis.Area;
import nl.ruimteverkenner.analysis.Lens;
import nl.ruimteverkenner.analysis.SchuurpuntEngine;
import nl.ruimteverkenner.basemap.PlaceName;
import nl.ruimteverkenner.basemap.Provinces;
import nl.ruimteverkenner.geo.RdNew;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Gemeente;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Scenario;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * The gemeente lens screen: the places a user can look at or search for (gemeenten once loaded, provinces,
 * the basemap's cities and villages, NOVEX areas), the chosen place and the lens on it at the current horizon, computed in the background.
 */
public final class LensViewModel {
    /** Something the search can find and the lens can look at. */
    public record Place(String kind, String code, String name, Geometry lonLat, Geometry rd, Feature feature) {
        public String display() {
            return name + " (" + kind + ")";
        }

        public Area area() {
            return new Area(code, name, rd);
        }

        public boolean hasArea() {
            return rd != null && rd.getDimension() == 2;
        }
    }

    private final AnalysisSession analysis;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<Place> places = FXCollections.observableArrayList();
    private final ObjectProperty<Place> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Lens.View> view = new SimpleObjectProperty<>();
    private final ObjectProperty<List<Lens.View>> timeline = new SimpleObjectProperty<>(List.of());
    private final ObservableList<Gemeente> gemeenten = FXCollections.observableArrayList();
    private Scenario scenario;
    private Horizon horizon = Horizon.H2030;

    /**
     * @param analysis   the shared analysis engine of the open scenario
     * @param background where the lens is computed
     * @param ui         where results are applied: the FX thread in the app; tests pass a direct executor
     */
    public LensViewModel(AnalysisSession analysis, Executor background, Executor ui) {
        this.analysis = analysis;
        this.background = background;
        this.ui = ui;
        selected.addListener((o, a, p) -> recompute());
    }

    public void setScenario(Scenario s, Horizon h) {
        this.scenario = s;
        this.horizon = h;
        rebuildPlaces();
        recompute();
    }

    public void setHorizon(Horizon h) {
        this.horizon = h;
        recompute();
    }

    public Horizon horizon() {
        return horizon;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The named places of the basemap (cities, villages, districts), searchable by name; water names are left out. */
    public void setPlaceNames(List<PlaceName> names) {
        List<Place> list = new ArrayList<>();
        GeometryFactory gf = new GeometryFactory();
        for (PlaceName n : names) {
            if (n.kind() == PlaceName.Kind.WATER) {
                continue;
            }
            // a box that shows the place with its surroundings: larger for larger places
            double km = Math.min(12, 1.2 + 0.5 * Math.sqrt(n.population() / 1000.0));
            double dLat = km / 111.2;
            double dLon = dLat / Math.cos(Math.toRadians(n.lat()));
            Geometry box = gf.toGeometry(new Envelope(n.lon() - dLon, n.lon() + dLon, n.lat() - dLat, n.lat() + dLat));
            String kind = Messages.get(n.kind() == PlaceName.Kind.DISTRICT ? "lens.kind.wijk" : "lens.kind.plaats", n.province());
            list.add(new Place(kind, "", n.name(), box, null, null));
        }
        basemapPlaces = List.copyOf(list);
        rebuildPlaces();
    }

    public void setGemeenten(List<Gemeente> list) {
        gemeenten.setAll(list);
        rebuildPlaces();
    }

    public ObservableList<Gemeente> gemeenten() {
        return gemeenten;
    }

    public ObservableList<Place> places() {
        return places;
    }

    public ObjectProperty<Place> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Lens.View> viewProperty() {
        return view;
    }

    /** The lens at every horizon of the scenario, for the comparison. */
    public ObjectProperty<List<Lens.View>> timelineProperty() {
        return timeline;
    }

    /** The shared engine for the open scenario (created on first use); null without a scenario. */
    public SchuurpuntEngine engine() {
        Scenario s = scenario;
        return s == null ? null : analysis.engine(s);
    }

    /**
     * Places whose name contains {@code text} (case-insensitive): exact names first, then names starting with
     * it, then the rest; in each group gemeenten, provinces, basemap places (larger first), map objects.
     */
    public List<Place> search(String text, int max) {
        String q = text == null ? "" : text.toLowerCase(Locale.ROOT).strip();
        if (q.isEmpty()) {
            return List.of();
        }
        List<Place> exact = new ArrayList<>();
        List<Place> starts = new ArrayList<>();
        List<Place> contains = new ArrayList<>();
        for (Place p : places) {
            String n = p.name().toLowerCase(Locale.ROOT);
            if (n.equals(q) || p.code().equalsIgnoreCase(q)) {
                exact.add(p);
            } else if (n.startsWith(q)) {
                starts.add(p);
            } else if (n.contains(q)) {
                contains.add(p);
            }
        }
        exact.addAll(starts);
        exact.addAll(contains);
        return exact.subList(0, Math.min(max, exact.size()));
    }

    /** The gemeente (or else province) under a lon/lat, if any. */
    public Optional<Place> placeAt(double lon, double lat) {
        Point p = new GeometryFactory().createPoint(
                new Coordinate(lon, lat));
        return places.stream().filter(x -> x.kind().equals(kindGemeente()) && x.lonLat().covers(p)).findFirst();
    }

    private static String kindGemeente() {
        return Messages.get("lens.kind.gemeente");
    }

    private List<Place> provinces;
    private List<Place> basemapPlaces = List.of();

    /** The provinces as places, projected once (the list is rebuilt on every sketch edit). */
    private List<Place> provincePlaces() {
        if (provinces == null) {
            List<Place> list = new ArrayList<>();
            for (Area a : Provinces.all()) {
                list.add(new Place(Messages.get("lens.kind.provincie"), a.code(), a.name(),
                        RdNew.toWgs84(a.rd()), a.rd(), null));
            }
            provinces = List.copyOf(list);
        }
        return provinces;
    }

    private void rebuildPlaces() {
        List<Place> out = new ArrayList<>();
        for (Gemeente g : gemeenten) {
            out.add(new Place(kindGemeente(), g.code(), g.name(), g.lonLat(), g.rd(), null));
        }
        out.addAll(provincePlaces());
        out.addAll(basemapPlaces);
        if (scenario != null) {
            scenario.features().forEach(f -> {
                boolean novex = f.tags().contains("novex") && f.geometry().getDimension() == 2;
                out.add(new Place(Messages.get(novex ? "lens.kind.novex" : "lens.kind.feature"),
                        f.id(), f.label(), f.geometry(), novex ? RdNew.toRd(f.geometry()) : null, f));
            });
        }
        places.setAll(out);
    }

    private void recompute() {
        Place p = selected.get();
        if (p == null || !p.hasArea() || scenario == null) {
            view.set(null);
            timeline.set(List.of());
            return;
        }
        Horizon h = horizon;
        Scenario s = scenario;
        CompletableFuture.supplyAsync(() -> {
            SchuurpuntEngine engine = analysis.engine(s);
            return s.horizons().stream().map(x -> Lens.of(engine, p.area(), x)).toList();
        }, background).thenAcceptAsync(all -> {
            if (selected.get() == p && horizon == h && scenario == s) {
                timeline.set(all);
                view.set(all.stream().filter(v -> v.horizon() == h).findFirst().orElse(null));
            }
        }, ui);
    }

}
