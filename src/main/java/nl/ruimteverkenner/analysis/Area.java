package nl.ruimteverkenner.analysis;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A named administrative area (province, gemeente, NOVEX area) in RD New, used to say where a
 * schuurpunt lies.
 *
 * @param code short code, e.g. {@code NL-GE} or {@code GM0363}
 * @param name Dutch name
 * @param rd   geometry in RD New metres
 */
public record Area(String code, String name, Geometry rd) {
    public Area {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rd, "rd");
    }
}
