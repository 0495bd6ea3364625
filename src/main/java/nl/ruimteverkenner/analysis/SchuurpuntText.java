package nl.ruimteverkenner.analysis;

import java.util.Optional;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.model.Feature;
import nl.ruimteverkenner.model.Relation;

/** Dutch wording about schuurpunten shared by the command line, the panel and reports. */
public final class SchuurpuntText {
    private SchuurpuntText() {
    }

    public static String relation(Relation r) {
        return Messages.get("relation." + r.id());
    }

    /** The claim that must give way because the other side is water en bodem (sturend), if any. */
    public static Optional<Feature> givesWay(Schuurpunt s) {
        return s.rule().sturend().map(side -> side == 'a' ? s.b() : s.a());
    }

    /** "Water en bodem is sturend: X moet wijken voor Y", or empty when water en bodem is not involved. */
    public static String sturendSentence(Schuurpunt s) {
        return s.rule().sturend().map(side -> {
            Feature steering = side == 'a' ? s.a() : s.b();
            Feature yielding = side == 'a' ? s.b() : s.a();
            return Messages.get("schuurpunt.sturend", yielding.label(), steering.label());
        }).orElse("");
    }

    /** Size of the overlap: hectares, kilometres or "plaats". */
    public static String size(Schuurpunt s) {
        if (s.areaHa() > 0) {
            return Messages.get("schuurpunt.ha", s.areaHa());
        }
        if (s.lengthKm() > 0) {
            return Messages.get("schuurpunt.km", s.lengthKm());
        }
        return Messages.get("schuurpunt.point");
    }

    public static String places(Schuurpunt s) {
        return s.places().isEmpty() ? Messages.get("schuurpunt.noProvince") : String.join(", ", s.places());
    }
}
