package nl.ruimteverkenner.model;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A gemeente as loaded by the user (CBS/PDOK boundaries).
 *
 * @param code      CBS code, e.g. {@code GM0363}
 * @param name      name, e.g. "Amsterdam"
 * @param provincie CBS province code (e.g. {@code PV27}) when the file has it; may be empty
 * @param lonLat    boundary in WGS84
 * @param rd        boundary in RD New metres
 */
public record Gemeente(String code, String name, String provincie, Geometry lonLat, Geometry rd) {
    public Gemeente {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(lonLat, "lonLat");
        Objects.requireNonNull(rd, "rd");
        provincie = provincie == null ? "" : provincie;
    }
}
