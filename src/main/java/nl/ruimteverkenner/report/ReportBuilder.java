package nl.ruimteverkenner.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.ruimteverkenner.analysis.Area;
import nl.ruimteverkenner.analysis.HorizonComparison;
import nl.ruimteverkenner.analysis.Lens;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.analysis.SchuurpuntEngine;
import nl.ruimteverkenner.analysis.SchuurpuntText;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Citation;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Keuze;
import nl.ruimteverkenner.model.LayerGroup;
import nl.ruimteverkenner.model.Relation;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.SourceDocument;
import nl.ruimteverkenner.model.Theme;
import org.locationtech.jts.geom.Geometry;

/**
 * Turns the lens on one area into a {@link GemeenteReport}: the map, per beweging the features and keuzes
 * that land there, the schuurpunten with hectares and the choices to be made, the comparison of the
 * horizons and the sources. Headless.
 */
public final class ReportBuilder {
    private static final int MAP_WIDTH = 1600;
    private static final int MAP_HEIGHT = 1100;
    private final SchuurpuntEngine engine;
    private final MapImageRenderer maps;

    public ReportBuilder(SchuurpuntEngine engine, MapImageRenderer maps) {
        this.engine = engine;
        this.maps = maps;
    }

    /**
     * @param area       the area in RD New (code, name)
     * @param areaLonLat the same area in lon/lat, for the map
     * @param kind       the kind of area as the caller names it ("gemeente", "provincie", ...)
     * @param shown      which features to draw on the map (the active layers)
     */
    public GemeenteReport build(Area area, Geometry areaLonLat, String kind, Horizon horizon, Predicate<Feature> shown) {
        Scenario s = engine.scenario();
        Lens.View view = Lens.of(engine, area, horizon);
        List<GemeenteReport.ThemeSection> sections = new ArrayList<>();
        for (LayerGroup g : s.groups()) {
            Theme t = g.theme();
            List<Lens.Hit> hits = view.hits().getOrDefault(t, List.of());
            List<Keuze> keuzes = view.keuzes().getOrDefault(t, List.of());
            if (hits.isEmpty() && keuzes.isEmpty()) {
                continue;
            }
            List<GemeenteReport.FeatureItem> items = hits.stream().map(h -> new GemeenteReport.FeatureItem(h.feature().label(),
                    h.feature().category(), h.sharePercent(), h.lengthKm(), h.feature().description(),
                    citations(s, h.feature().sources()), h.feature().basis())).toList();
            List<GemeenteReport.KeuzeItem> ks = keuzes.stream().map(k -> new GemeenteReport.KeuzeItem(k.title(),
                    k.category(), k.summary(), citation(s, k.source()))).toList();
            sections.add(new GemeenteReport.ThemeSection(g.label(), t.kind(), items, ks));
        }
        List<GemeenteReport.SchuurpuntItem> schuurpunten = view.schuurpunten().stream().map(sp -> new GemeenteReport.SchuurpuntItem(
                sp.rule().title(), sp.rule().relation(), sp.a().label(), sp.b().label(), sp.areaHa(),
                sp.lengthKm(), sp.rule().explanation(), SchuurpuntText.sturendSentence(sp), sp.rule().choice(),
                citation(s, sp.rule().source()), sp.basis())).toList();

        List<GemeenteReport.HorizonRow> rows = new ArrayList<>();
        List<GemeenteReport.HorizonChange> changes = new ArrayList<>();
        Lens.View previous = null;
        for (Horizon h : s.horizons()) {
            Lens.View v = h == horizon ? view : Lens.of(engine, area, h);
            rows.add(new GemeenteReport.HorizonRow(h.year(), v.featureCount(), v.keuzeCount(), (int) v.count(Relation.CONFLICT),
                    (int) v.count(Relation.VOORWAARDELIJK), (int) v.count(Relation.KOPPELKANS), v.conflictHa()));
            if (previous != null) {
                changes.add(change(previous, v));
            }
            previous = v;
        }
        List<GemeenteReport.SourceItem> sources = s.sources().stream()
                .map(d -> new GemeenteReport.SourceItem(d.title(), d.publisher(), d.date())).toList();
        byte[] map = maps.render(s, shown, areaLonLat, MAP_WIDTH, MAP_HEIGHT);
        GemeenteReport.Summary summary = new GemeenteReport.Summary(view.featureCount(), view.keuzeCount(),
                view.schuurpunten().size(), (int) view.count(Relation.CONFLICT));
        return new GemeenteReport(area.name(), area.code(), kind, view.areaHa(), s.name(), horizon.year(), LocalDate.now(),
                summary, map, sections, schuurpunten, rows, changes, sources);
    }

    private static GemeenteReport.HorizonChange change(Lens.View from, Lens.View to) {
        Set<String> before = ids(from);
        Set<String> after = ids(to);
        long added = after.stream().filter(id -> !before.contains(id)).count();
        long removed = before.stream().filter(id -> !after.contains(id)).count();
        HorizonComparison c = HorizonComparison.of(from.horizon(), from.schuurpunten(), to.horizon(), to.schuurpunten());
        List<String> examples = c.appearing().stream().limit(3).map(Schuurpunt::a).map(Feature::label).distinct().toList();
        return new GemeenteReport.HorizonChange(from.horizon().year(), to.horizon().year(), added, removed,
                c.appearing().size(), c.disappearing().size(), examples);
    }

    private static Set<String> ids(Lens.View v) {
        Set<String> ids = new HashSet<>();
        for (Map.Entry<Theme, List<Lens.Hit>> e : v.hits().entrySet()) {
            e.getValue().forEach(h -> ids.add(h.feature().id()));
        }
        return ids;
    }

    private static String citations(Scenario s, List<Citation> cs) {
        return String.join("; ", cs.stream().map(c -> citation(s, c)).toList());
    }

    /**
     * A citation as Dutch text with the document's title: "title, p. 12, section"; a one-page source (such as
     * the workshop) is cited without a page number.
     */
    public static String citation(Scenario s, Citation c) {
        Optional<SourceDocument> doc = s == null ? Optional.empty() : s.source(c.document());
        String title = doc.map(SourceDocument::title).orElse(c.document());
        if (doc.isPresent() && doc.get().pages() <= 1) {
            return c.section().isEmpty() ? title : Messages.get("info.citation.noPage", title, c.section());
        }
        // estimated page numbers say so: "p. 86 (±1)"
        Object page = doc.isPresent() && doc.get().pagesEstimated()
                ? Messages.get("info.citation.estimatedPage", c.page()) : c.page();
        return c.section().isEmpty() ? Messages.get("info.citation.noSection", title, page)
                : Messages.get("info.citation", title, page, c.section());
    }
}
