package nl.ruimteverkenner.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.ruimteverkenner.basemap.BasemapData;
import nl.ruimteverkenner.basemap.TileRenderer;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.ScenarioLoad;
import nl.ruimteverkenner.model.Gemeente;
import nl.ruimteverkenner.model.Horizon;
import nl.ruimteverkenner.model.Layer;
import nl.ruimteverkenner.model.Scenario;
import nl.ruimteverkenner.report.MapSheet;
import nl.ruimteverkenner.report.MapSheetRenderer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * {@code render <scenario> --horizon 2050 [--gemeenten F --gemeente GM0268 | --bbox minLon,minLat,maxLon,maxLat]
 * [--layers id,...] --out kaart.png|kaart.pdf [--dpi 150] [--size a4|a3|BREEDTExHOOGTE] [--landscape]
 * [--title T] [--force]}: writes a map sheet (title, map, legend, scale bar, north arrow, sources, date) on the
 * offline basemap. Without an area the whole country; without --layers the layers that are on by default. Exit 0
 * on success, 2 for wrong arguments or unusable files (Dutch message naming the file and what is wrong).
 */
final class RenderCommand {
    /** The Netherlands (lon/lat) as the app's "heel Nederland". */
    private static final Envelope NETHERLANDS = new Envelope(3.30, 7.25, 50.72, 53.58);
    private final PrintStream out;
    private final PrintStream err;

    RenderCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        String scenarioArg = null;
        String gemeentenArg = null;
        String gemeenteArg = null;
        String bboxArg = null;
        String layersArg = null;
        String horizonArg = null;
        String outArg = null;
        String dpiArg = "150";
        String sizeArg = "a4";
        String titleArg = null;
        boolean landscape = false;
        boolean force = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--landscape")) {
                landscape = true;
            } else if (a.equals("--portrait")) {
                landscape = false;
            } else if (a.equals("--force")) {
                force = true;
            } else if (a.startsWith("--")) {
                if (i + 1 >= args.length) {
                    return usage(Messages.get("cli.report.valueMissing", a));
                }
                String v = args[++i];
                switch (a) {
                    case "--gemeenten" -> gemeentenArg = v;
                    case "--gemeente" -> gemeenteArg = v;
                    case "--bbox" -> bboxArg = v;
                    case "--layers" -> layersArg = v;
                    case "--horizon" -> horizonArg = v;
                    case "--out" -> outArg = v;
                    case "--dpi" -> dpiArg = v;
                    case "--size" -> sizeArg = v;
                    case "--title" -> titleArg = v;
                    default -> {
                        return usage(Messages.get("cli.analyse.unknownArgument", a));
                    }
                }
            } else if (scenarioArg == null) {
                scenarioArg = a;
            } else {
                return usage(Messages.get("cli.analyse.unknownArgument", a));
            }
        }
        if (scenarioArg == null || horizonArg == null || outArg == null) {
            return usage(Messages.get("cli.render.missing"));
        }
        if (bboxArg != null && (gemeentenArg != null || gemeenteArg != null)) {
            return usage(Messages.get("cli.render.twoAreas"));
        }
        if ((gemeentenArg == null) != (gemeenteArg == null)) {
            return usage(Messages.get("cli.render.gemeenteBoth"));
        }
        Optional<Horizon> horizon;
        try {
            horizon = Horizon.fromYear(Integer.parseInt(horizonArg));
        } catch (NumberFormatException e) {
            horizon = Optional.empty();
        }
        if (horizon.isEmpty()) {
            return usage(Messages.get("cli.analyse.badHorizon", horizonArg));
        }
        double dpi;
        try {
            dpi = Double.parseDouble(dpiArg);
        } catch (NumberFormatException e) {
            dpi = Double.NaN;
        }
        if (!(dpi >= 36 && dpi <= 1200)) {
            return usage(Messages.get("cli.render.badDpi", dpiArg));
        }
        Optional<MapSheet.Page> page = page(sizeArg, landscape, dpi);
        if (page.isEmpty()) {
            return usage(Messages.get("cli.render.badSize", sizeArg));
        }
        long pixels = (long) page.get().widthPx() * page.get().heightPx();
        if (pixels > 60_000_000L) {
            return usage(Messages.get("cli.render.tooLarge", page.get().widthPx(), page.get().heightPx()));
        }
        Envelope bbox = null;
        if (bboxArg != null) {
            Optional<Envelope> parsed = bbox(bboxArg);
            if (parsed.isEmpty()) {
                return usage(Messages.get("cli.render.badBbox", bboxArg));
            }
            bbox = parsed.get();
        }
        Path target = Path.of(outArg);
        if (MapSheetRenderer.Format.of(target).isEmpty()) {
            return usage(Messages.get("cli.render.format", outArg));
        }
        if (Files.isDirectory(target)) {
            err.println(Messages.get("cli.render.outIsFolder", target));
            return 2;
        }
        if (Files.exists(target) && !force) {
            err.println(Messages.get("cli.render.exists", target));
            return 2;
        }
        Optional<ScenarioLoad> read = ScenarioSource.readValid(scenarioArg, err);
        if (read.isEmpty()) {
            return 2;
        }
        ScenarioLoad load = read.get();
        Scenario s = load.scenario().orElseThrow();
        Set<String> layers = new LinkedHashSet<>();
        if (layersArg == null) {
            s.layers().stream().filter(Layer::visibleByDefault).forEach(l -> layers.add(l.id()));
        } else {
            List<String> unknown = new ArrayList<>();
            for (String id : layersArg.split(",")) {
                String t = id.strip();
                if (t.isEmpty()) {
                    continue;
                }
                if (s.layer(t).isPresent()) {
                    layers.add(t);
                } else {
                    unknown.add(t);
                }
            }
            if (!unknown.isEmpty() || layers.isEmpty()) {
                err.println(Messages.get("cli.render.unknownLayer", String.join(", ", unknown), scenarioArg,
                        String.join(", ", s.layers().stream().map(Layer::id).toList())));
                return 2;
            }
        }
        Envelope extent = bbox == null ? NETHERLANDS : bbox;
        Geometry outline = null;
        String areaName = null;
        if (gemeentenArg != null) {
            Optional<Gemeente> g = GemeenteArgument.read(gemeentenArg, gemeenteArg, err);
            if (g.isEmpty()) {
                return 2;
            }
            outline = g.get().lonLat();
            areaName = g.get().name();
            extent = new Envelope(outline.getEnvelopeInternal());
            extent.expandBy(extent.getWidth() * 0.08, extent.getHeight() * 0.08);
        }
        MapSheet sheet = new MapSheet(s, horizon.get(), layers, extent, outline, areaName, titleArg, page.get(),
                LocalDate.now(), MapSheet.offlineCredit());
        MapSheetRenderer.Result result;
        try {
            result = new MapSheetRenderer(new TileRenderer(BasemapData.loadBundled())).write(sheet, target);
        } catch (IOException e) {
            err.println(Messages.get("cli.render.writeFailed", target, String.valueOf(e.getMessage())));
            return 2;
        }
        out.println(result.paperScale() > 0
                ? Messages.get("cli.render.done.paper", target, result.widthPx(), result.heightPx(), dpi,
                        result.scale().label(), result.paperScale(), page.get().paper().name())
                : Messages.get("cli.render.done", target, result.widthPx(), result.heightPx(), dpi, result.scale().label()));
        return 0;
    }

    /** a4, a3 (case-insensitive) or WIDTHxHEIGHT in pixels. */
    static Optional<MapSheet.Page> page(String size, boolean landscape, double dpi) {
        String s = size.strip().toLowerCase(Locale.ROOT);
        if (s.equals("a4") || s.equals("a3")) {
            return Optional.of(MapSheet.Page.paper(MapSheet.Paper.valueOf(s.toUpperCase(Locale.ROOT)), landscape, dpi));
        }
        String[] wh = s.split("x");
        if (wh.length == 2) {
            try {
                int w = Integer.parseInt(wh[0].strip());
                int h = Integer.parseInt(wh[1].strip());
                if (w >= 300 && h >= 300 && w <= 20_000 && h <= 20_000) {
                    return Optional.of(MapSheet.Page.pixels(w, h, dpi));
                }
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** minLon,minLat,maxLon,maxLat in degrees, the minimum below the maximum, on the Web Mercator map. */
    static Optional<Envelope> bbox(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            return Optional.empty();
        }
        double[] v = new double[4];
        try {
            for (int i = 0; i < 4; i++) {
                v[i] = Double.parseDouble(parts[i].strip());
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        boolean ok = v[0] < v[2] && v[1] < v[3] && v[0] >= -180 && v[2] <= 180 && v[1] >= -85 && v[3] <= 85;
        return ok ? Optional.of(new Envelope(v[0], v[2], v[1], v[3])) : Optional.empty();
    }

    private int usage(String problem) {
        err.println(problem);
        err.println(Messages.get("cli.render.usage"));
        return 2;
    }
}
