package nl.ruimteverkenner.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import nl.ruimteverkenner.analysis.ScenarioDiff;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.analysis.SchuurpuntEngine;
import nl.ruimteverkenner.edit.ScenarioEdits;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.LayerGroup;
import nl.ruimteverkenner.model.Note;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.model.SchuurpuntKeuze;
import nl.ruimteverkenner.model.Theme;
import nl.ruimteverkenner.model.VariantInfo;
import nl.ruimteverkenner.model.Vote;
import nl.ruimteverkenner.model.WorkshopBoard;
import nl.ruimteverkenner.report.SessionReport.KeuzeItem;
import nl.ruimteverkenner.report.SessionReport.SchuurpuntItem;
import nl.ruimteverkenner.report.SessionReport.SketchItem;
import nl.ruimteverkenner.report.SessionReport.Standing;
import nl.ruimteverkenner.report.SessionReport.VariantItem;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Lineal;

/**
 * Builds the {@link SessionReport} of a workshop session: compares the variant with the original at one
 * horizon (both analysed with their own engines), lists its sketches, and draws them on a map. Headless; call
 * it off the FX thread.
 */
public final class SessionReportBuilder {
    private static final int MAP_WIDTH = 1600;
    private static final int MAP_HEIGHT = 1100;
    private static final GeometryFactory GF = new GeometryFactory();
    private final MapImageRenderer maps;

    public SessionReportBuilder(MapImageRenderer maps) {
        this.maps = maps;
    }

    /**
     * @param original    the original scenario with its engine
     * @param variant     the variant (or the open scenario with its sketches) with its engine
     * @param variantName how the variant is called in the report
     * @param horizon     the horizon both are compared at
     * @param family      the original and the variants of the scenario, as listed beside it
     * @param keuzes      the choices recorded per schuurpunt for the variant
     * @param shown       which features besides the sketches to draw on the map (e.g. the layers shown)
     */
    public SessionReport build(SchuurpuntEngine original, SchuurpuntEngine variant, String variantName, Horizon horizon,
                               List<VariantItem> family, Collection<SchuurpuntKeuze> keuzes, Predicate<Feature> shown) {
        return build(original, variant, variantName, horizon, family, keuzes, shown, variant.scenario().board());
    }

    /** As above, with the workshop's notes and votes given (the live ones of the open scenario, say). */
    public SessionReport build(SchuurpuntEngine original, SchuurpuntEngine variant, String variantName, Horizon horizon,
                               List<VariantItem> family, Collection<SchuurpuntKeuze> keuzes, Predicate<Feature> shown,
                               WorkshopBoard board) {
        Scenario v = variant.scenario();
        ScenarioDiff diff = ScenarioDiff.of(original, horizon, variant == original ? null : variant, horizon);
        List<Feature> sketchFeatures = v.features().filter(SessionReportBuilder::isSketch).toList();
        List<SketchItem> sketches = new ArrayList<>();
        for (int i = 0; i < sketchFeatures.size(); i++) {
            sketches.add(sketch(i + 1, sketchFeatures.get(i), variant.rd(sketchFeatures.get(i)), horizon));
        }
        List<SchuurpuntKeuze> recorded = keuzes.stream().filter(k -> !k.isBlank()).toList();
        Map<String, String> directions = new java.util.HashMap<>();
        recorded.forEach(k -> directions.put(k.schuurpunt(), k.direction()));
        List<SchuurpuntItem> gained = diff.gained().stream().map(s -> item(s, directions)).toList();
        List<SchuurpuntItem> resolved = diff.resolved().stream().map(s -> item(s, directions)).toList();
        List<KeuzeItem> keuzeItems = keuzeItems(recorded, diff, variant, horizon);

        List<SessionReport.Section> sections = new ArrayList<>();
        sections.add(new SessionReport.SketchMap(map(v, sketchFeatures, diff, horizon, shown), sketchFeatures.size()));
        sections.add(new SessionReport.Variants(family));
        sections.add(new SessionReport.Sketches(sketches));
        sections.add(new SessionReport.Changes(diff.features()));
        sections.add(new SessionReport.Schuurpunten(gained, resolved));
        sections.add(new SessionReport.Keuzes(keuzeItems));
        if (board != null && !board.isEmpty()) {
            sections.add(notes(board, v, variant, horizon));
        }

        SessionReport.Summary summary = new SessionReport.Summary(family.size(), sketches.size(),
                diff.changes(ScenarioDiff.Kind.ADDED).size(), diff.changes(ScenarioDiff.Kind.REMOVED).size(),
                diff.changes(ScenarioDiff.Kind.CHANGED).size(), gained.size(), gained.stream().mapToDouble(SchuurpuntItem::areaHa).sum(),
                resolved.size(), resolved.stream().mapToDouble(SchuurpuntItem::areaHa).sum(), keuzeItems.size());
        Map<Theme, String> themes = new EnumMap<>(Theme.class);
        for (LayerGroup g : v.groups()) {
            themes.put(g.theme(), g.label());
        }
        VariantInfo info = v.variant().orElse(null);
        return new SessionReport(original.scenario().name(), variantName, info == null ? "" : info.author(),
                info == null ? "" : info.date(), horizon.year(), LocalDate.now(), summary, themes, sections);
    }

    /** The notes with their dots, and everything that got dots with a readable title, most dots first. */
    private static SessionReport.Notes notes(WorkshopBoard board, Scenario v, SchuurpuntEngine variant, Horizon horizon) {
        List<SessionReport.NoteItem> notes = board.notes().stream()
                .sorted(java.util.Comparator.comparingInt(Note::number))
                .map(n -> new SessionReport.NoteItem(n.number(), n.text(), n.author(), n.colour().id(),
                        board.count(Vote.Kind.NOTE, n.id())))
                .toList();
        Map<String, Schuurpunt> schuurpunten = new java.util.HashMap<>();
        boolean votedSchuurpunt = board.votes().stream().anyMatch(x -> x.kind() == Vote.Kind.SCHUURPUNT);
        if (votedSchuurpunt) {
            for (Horizon h : Horizon.values()) {
                variant.analyse(h).forEach(sp -> schuurpunten.putIfAbsent(sp.key(), sp));
            }
        }
        List<SessionReport.VoteItem> votes = new ArrayList<>();
        for (Vote.Kind kind : Vote.Kind.values()) {
            for (Map.Entry<String, Integer> e : board.counts(kind).entrySet()) {
                if (e.getValue() <= 0) {
                    continue;
                }
                String id = e.getKey();
                String title = switch (kind) {
                    case NOTE -> board.note(id).map(n -> Messages.get("session.notes.note", n.number(), n.text())).orElse(id);
                    case SKETCH -> v.feature(id).map(Feature::label).orElse(id);
                    case SCHUURPUNT -> java.util.Optional.ofNullable(schuurpunten.get(id))
                            .map(sp -> sp.rule().title() + ": " + sp.a().label() + " × " + sp.b().label()).orElse(id);
                };
                votes.add(new SessionReport.VoteItem(kind, title, e.getValue()));
            }
        }
        votes.sort(java.util.Comparator.comparingInt(SessionReport.VoteItem::dots).reversed()
                .thenComparing(SessionReport.VoteItem::title));
        return new SessionReport.Notes(board.participants(), board.dotsPerParticipant(), notes, votes);
    }

    /** Whether a feature was sketched in the workshop (it lies in its thema's sketch layer). */
    public static boolean isSketch(Feature f) {
        return f.layerId().equals(ScenarioEdits.sketchLayerId(f.theme()));
    }

    private static SketchItem sketch(int number, Feature f, Geometry rd, Horizon horizon) {
        String prefix = Messages.get("sketch.description", "").strip();
        String note = f.description().startsWith(prefix) ? f.description().substring(prefix.length()).strip() : f.description();
        double ha = rd == null ? 0 : rd.getArea() / 10_000;
        double km = rd instanceof Lineal ? rd.getLength() / 1000 : 0;
        return new SketchItem(number, f.label(), f.theme(), f.horizon().year(), f.until().map(Horizon::year).orElse(0),
                f.category(), note, f.tags(), ha, km, f.isInForceAt(horizon));
    }

    private static SchuurpuntItem item(Schuurpunt s, Map<String, String> directions) {
        return new SchuurpuntItem(s.key(), s.rule().title(), s.rule().relation(), s.a().label(), s.b().label(), s.areaHa(),
                s.lengthKm(), s.basis(), s.places(), directions.getOrDefault(s.key(), ""));
    }

    private static List<KeuzeItem> keuzeItems(List<SchuurpuntKeuze> recorded, ScenarioDiff diff, SchuurpuntEngine variant,
                                              Horizon horizon) {
        if (recorded.isEmpty()) {
            return List.of();
        }
        Set<String> gained = keys(diff.gained());
        Set<String> resolved = keys(diff.resolved());
        Set<String> present = variant.scenario().rules().isEmpty() ? Set.of() : keys(variant.analyse(horizon));
        return recorded.stream().map(k -> new KeuzeItem(k.title(), k.horizon(), k.options(), k.direction(), k.reasoning(),
                k.owner(), k.updated(), gained.contains(k.schuurpunt()) ? Standing.GAINED
                : resolved.contains(k.schuurpunt()) ? Standing.RESOLVED
                : present.contains(k.schuurpunt()) ? Standing.UNCHANGED : Standing.ABSENT)).toList();
    }

    private static Set<String> keys(List<Schuurpunt> list) {
        Set<String> out = new HashSet<>();
        list.forEach(s -> out.add(s.key()));
        return out;
    }

    /**
     * The map: the sketches (or else what changed) with the features shown around them, framed on them; empty
     * when there is nothing to frame.
     */
    private byte[] map(Scenario v, List<Feature> sketches, ScenarioDiff diff, Horizon horizon, Predicate<Feature> shown) {
        Envelope frame = new Envelope();
        sketches.forEach(f -> frame.expandToInclude(f.geometry().getEnvelopeInternal()));
        if (frame.isNull()) {
            diff.features().forEach(c -> frame.expandToInclude(c.feature().geometry().getEnvelopeInternal()));
        }
        if (frame.isNull()) {
            return new byte[0];
        }
        // some room around the sketches, at least about two kilometres across, in the image's proportions
        double cos = Math.cos(Math.toRadians(frame.centre().y));
        double w = Math.max(frame.getWidth() * cos, 0.02) * 1.6;
        double h = Math.max(frame.getHeight(), 0.02) * 1.6;
        double aspect = (double) MAP_WIDTH / MAP_HEIGHT;
        if (w / h < aspect) {
            w = h * aspect;
        } else {
            h = w / aspect;
        }
        double cx = frame.centre().x;
        double cy = frame.centre().y;
        frame.init(cx - w / cos / 2, cx + w / cos / 2, cy - h / 2, cy + h / 2);
        Set<String> sketchIds = new HashSet<>();
        sketches.forEach(f -> sketchIds.add(f.id()));
        return maps.render(v, f -> sketchIds.contains(f.id()) || (f.isInForceAt(horizon) && shown.test(f)),
                GF.toGeometry(frame), MAP_WIDTH, MAP_HEIGHT);
    }
}
