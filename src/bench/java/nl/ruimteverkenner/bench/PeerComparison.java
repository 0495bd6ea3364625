package nl.ruimteverkenner.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Compares the pairs of {@code analyse --json} with those of the GeoPandas peer ({@code src/bench/python/geopandas_peer.py}):
 * how many both found, how many only one found, and how far the areas differ. For {@link AnalyseScaleBenchmark}.
 */
final class PeerComparison {
    private PeerComparison() {
    }

    /** A python with GeoPandas: {@code -Dbench.python}, else {@code python3} or {@code /usr/bin/python3}; null if none. */
    static String pythonWithGeoPandas() {
        List<String> candidates = new ArrayList<>();
        String chosen = System.getProperty("bench.python", "");
        if (!chosen.isBlank()) {
            candidates.add(chosen);
        }
        candidates.addAll(List.of("python3", "/usr/bin/python3"));
        for (String python : candidates) {
            if (!run(python, "import geopandas").isEmpty()) {
                return python;
            }
        }
        return null;
    }

    /** The versions of GeoPandas, Shapely and GEOS that {@code python} uses. */
    static String versions(String python) {
        return run(python, "import geopandas, shapely, shapely.geos; print('GeoPandas', geopandas.__version__, 'Shapely', "
                + "shapely.__version__, 'GEOS', shapely.geos.geos_version_string, 'with pygeos' if "
                + "getattr(geopandas.options, 'use_pygeos', False) else '')").strip();
    }

    /** Runs a line of python; its output, or "" when it fails. */
    private static String run(String python, String code) {
        try {
            Process p = new ProcessBuilder(python, "-W", "ignore", "-c", code + "; print('ok')").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 ? out.replaceFirst("ok\\s*$", "") + " " : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** Prints how the pairs of {@code analyseJson} and {@code peerCsv} agree. */
    static void print(Path analyseJson, Path peerCsv) throws IOException {
        Map<String, Double> ours = ours(analyseJson);
        Map<String, Double> theirs = new HashMap<>();
        for (String line : Files.readAllLines(peerCsv, StandardCharsets.UTF_8)) {
            String[] f = line.strip().split(",");
            if (f.length == 4) {
                theirs.put(f[0] + "|" + f[1] + "|" + f[2], Double.parseDouble(f[3]));
            }
        }
        int both = 0;
        double maxAbs = 0;
        double sumOurs = 0;
        double sumTheirs = 0;
        int within = 0;
        for (Map.Entry<String, Double> e : ours.entrySet()) {
            Double t = theirs.get(e.getKey());
            if (t != null) {
                both++;
                double diff = Math.abs(e.getValue() - t);
                maxAbs = Math.max(maxAbs, diff);
                sumOurs += e.getValue();
                sumTheirs += t;
                // areas are printed to 0.01 ha on both sides
                if (diff <= Math.max(0.01, 1e-4 * t)) {
                    within++;
                }
            }
        }
        List<String> onlyTheirs = theirs.entrySet().stream().filter(e -> !ours.containsKey(e.getKey()))
                .map(e -> e.getKey() + " " + e.getValue() + " ha").limit(3).toList();
        System.out.printf(Locale.ROOT, "  same question: %,d pairs in both, %,d only in analyse, %,d only in GeoPandas %s; "
                        + "areas within 0.01 %% (or 0.01 ha) for %,d of %,d, largest difference %.2f ha, total %.2f against %.2f ha%n",
                both, ours.size() - both, theirs.size() - both, onlyTheirs, within, both, maxAbs, sumOurs, sumTheirs);
    }

    /** Prints how the pairs of two {@code analyse --json} outputs (the embedded engine's and PostGIS's) agree. */
    static void printSameEngineOutput(Path embedded, Path postgis) throws IOException {
        Map<String, Double> a = ours(embedded);
        Map<String, Double> b = ours(postgis);
        long both = a.keySet().stream().filter(b::containsKey).count();
        double maxAbs = a.entrySet().stream().filter(e -> b.containsKey(e.getKey()))
                .mapToDouble(e -> Math.abs(e.getValue() - b.get(e.getKey()))).max().orElse(0);
        System.out.printf(Locale.ROOT, "  same question: %,d pairs in both, %,d only embedded, %,d only PostGIS; largest area "
                + "difference %.2f ha%n", both, a.size() - both, b.size() - both, maxAbs);
    }

    /** The pairs of an {@code analyse --json} output: rule|a|b to hectares. */
    private static Map<String, Double> ours(Path json) throws IOException {
        Map<String, Double> out = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(json.toFile())) {
            String rule = null;
            List<String> features = new ArrayList<>();
            double area = 0;
            int depth = 0;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                    if (depth == 1 && t == JsonToken.END_OBJECT && rule != null) {
                        out.put(rule + "|" + features.get(0) + "|" + features.get(1), area);
                        rule = null;
                        features.clear();
                    }
                } else if (t == JsonToken.FIELD_NAME && depth == 2) {
                    switch (p.currentName()) {
                        case "rule" -> rule = p.nextTextValue();
                        case "areaHa" -> {
                            p.nextToken();
                            area = p.getDoubleValue();
                        }
                        case "features" -> {
                            p.nextToken();
                            for (JsonToken f = p.nextToken(); f != JsonToken.END_ARRAY; f = p.nextToken()) {
                                features.add(p.getText());
                            }
                        }
                        default -> {
                        }
                    }
                }
            }
        }
        return out;
    }
}
