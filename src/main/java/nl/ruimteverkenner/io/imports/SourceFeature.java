package nl.ruimteverkenner.io.imports;

/** One feature read from a user's or an official file: geometry in RD New (EPSG:28992) and its attributes in file order. */
public record SourceFeature(org.locationtech.jts.geom.Geometry geometry, java.util.Map<String, Object> attributes) {}
