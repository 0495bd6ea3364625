package nl.ruimteverkenner.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.ruimteverkenner.analysis.ScenarioDiff.Aspect;
import nl.ruimteverkenner.analysis.ScenarioDiff.FeatureChange;
import nl.ruimteverkenner.analysis.Schuurpunt;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Theme;

/**
 * The words for what differs between a scenario and a variant ({@code diff.*} keys), in one place for the
 * compare panel and the workshop session report: one line per feature added, removed or changed (saying
 * what changed, with the area change in hectares) and per schuurpunt gained or resolved (with its size).
 */
public final class DiffWording {
    private DiffWording() {
    }

    /** "+ Wijk aan de Waal (erbij) · 12,3 ha", "~ Kade: vorm (+1,2 ha), horizon 2030 → 2050". */
    public static String line(FeatureChange c, Function<Theme, String> themes) {
        Feature f = c.feature();
        return switch (c.kind()) {
            case ADDED -> Messages.get("diff.added", f.label(), size(c.areaAfterHa(), c.lengthAfterKm()));
            case REMOVED -> Messages.get("diff.removed", f.label(), size(c.areaBeforeHa(), c.lengthBeforeKm()));
            case CHANGED -> Messages.get("diff.changed", f.label(), String.join(", ", details(c, themes)));
        };
    }

    /** What changed of a changed feature, one phrase per aspect, e.g. "horizon 2030 → 2050". */
    public static List<String> details(FeatureChange c, Function<Theme, String> themes) {
        List<String> out = new ArrayList<>();
        Feature a = c.before();
        Feature b = c.after();
        for (Aspect x : c.aspects()) {
            out.add(switch (x) {
                case GEOMETRY -> geometry(c);
                case LABEL -> Messages.get("diff.aspect.label", a.label(), b.label());
                case CATEGORY -> Messages.get("diff.aspect.category", ReportWording.category(a.category()),
                        ReportWording.category(b.category()));
                case HORIZON -> Messages.get("diff.aspect.horizon", period(a), period(b));
                case THEME -> Messages.get("diff.aspect.theme", themes.apply(a.theme()), themes.apply(b.theme()));
                case DESCRIPTION -> Messages.get("diff.aspect.description");
                case TAGS -> Messages.get("diff.aspect.tags", String.join(", ", a.tags().stream().sorted().toList()),
                        String.join(", ", b.tags().stream().sorted().toList()));
            });
        }
        return out;
    }

    private static String geometry(FeatureChange c) {
        if (c.areaBeforeHa() > 0 || c.areaAfterHa() > 0) {
            return Messages.get("diff.aspect.geometry.area", c.areaChangeHa());
        }
        if (c.lengthBeforeKm() > 0 || c.lengthAfterKm() > 0) {
            return Messages.get("diff.aspect.geometry.length", c.lengthChangeKm());
        }
        return Messages.get("diff.aspect.geometry");
    }

    /** "2030" or "2030–2050". */
    public static String period(Feature f) {
        return f.until().map(u -> Messages.get("diff.period", f.horizon().year(), u.year()))
                .orElse(Integer.toString(f.horizon().year()));
    }

    /** " · 12,3 ha", " · 4,5 km" or "" for points. */
    public static String size(double ha, double km) {
        if (ha > 0) {
            return Messages.get("diff.size.area", ha);
        }
        return km > 0 ? Messages.get("diff.size.length", km) : "";
    }

    /** "⚠ nieuw schuurpunt: Wonen in de uiterwaarden: Wijk ↔ Waal · 3,2 ha". */
    public static String gained(Schuurpunt s) {
        return Messages.get("diff.gained", s.rule().title(), s.a().label(), s.b().label(), size(s.areaHa(), s.lengthKm()));
    }

    /** "✓ opgelost: ...". */
    public static String resolved(Schuurpunt s) {
        return Messages.get("diff.resolved", s.rule().title(), s.a().label(), s.b().label(), size(s.areaHa(), s.lengthKm()));
    }

    /** "3 schuurpunten erbij (12,0 ha), 1 opgelost (2,5 ha)". */
    public static String schuurpuntSummary(List<Schuurpunt> gained, List<Schuurpunt> resolved) {
        return Messages.get("diff.schuurpunten.summary", gained.size(), gained.stream().mapToDouble(Schuurpunt::areaHa).sum(),
                resolved.size(), resolved.stream().mapToDouble(Schuurpunt::areaHa).sum());
    }
}
