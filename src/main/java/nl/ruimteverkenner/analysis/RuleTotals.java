package nl.ruimteverkenner.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ruimteverkenner.model.Rule;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Schuurpunten summed per rule, in the order of first appearance. Claims under one rule may overlap each
 * other (a sketch in two overlapping river reservations), so the ground they cover is counted once: the
 * overlaps are united before measuring.
 */
public final class RuleTotals {
    private RuleTotals() {
    }

    /** One rule's share: how many schuurpunten and the hectares (areas) or kilometres (lines) they cover. */
    public record RuleTotal(Rule rule, int count, double areaHa, double lengthKm) {
    }

    public static List<RuleTotal> byRule(List<Schuurpunt> schuurpunten) {
        Map<Rule, List<Schuurpunt>> groups = new LinkedHashMap<>();
        for (Schuurpunt s : schuurpunten) {
            groups.computeIfAbsent(s.rule(), r -> new ArrayList<>()).add(s);
        }
        List<RuleTotal> out = new ArrayList<>();
        groups.forEach((rule, list) -> {
            Geometry union = OverlayNGRobust.union(list.stream().map(Schuurpunt::overlapRd).toList());
            out.add(new RuleTotal(rule, list.size(), union.getDimension() == 2 ? union.getArea() / 10_000 : 0,
                    union.getDimension() == 1 ? union.getLength() / 1000 : 0));
        });
        return out;
    }
}
