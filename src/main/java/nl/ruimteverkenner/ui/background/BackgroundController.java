package nl.ruimteverkenner.ui.background;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import nl.ruimteverkenner.basemap.Basemap;
import nl.ruimteverkenner.i18n.Messages;
import nl.ruimteverkenner.io.BackgroundsConfig;
import nl.ruimteverkenner.io.MbTiles;
import nl.ruimteverkenner.io.TileFetcher;
import nl.ruimteverkenner.io.TilePackageDownloader;
import nl.ruimteverkenner.io.TilePackageDownloader.Area;
import nl.ruimteverkenner.io.TilePackageDownloader.Outcome;
import nl.ruimteverkenner.io.TilePackageDownloader.Plan;
import nl.ruimteverkenner.io.TilePackages;
import nl.ruimteverkenner.io.TileSource;
import nl.ruimteverkenner.ui.lens.LensViewModel;
import nl.ruimteverkenner.ui.map.MapPane;
import nl.ruimteverkenner.ui.shell.FeatureController;
import nl.ruimteverkenner.ui.shell.UiContext;
import org.locationtech.jts.geom.Envelope;

/**
 * *Instellingen › Achtergrondkaart*: the choice between the offline map and the online backgrounds (see
 * {@link BackgroundViewModel}), with the attribution on the map; and *Dit gebied offline beschikbaar maken…*:
 * fetching the chosen online background for the lens gemeente or the map view into an offline package, in
 * the background with progress in the status bar, stopped by the same menu item.
 */
public final class BackgroundController implements FeatureController {
    private static final int DOWNLOAD_THREADS = 3;
    private final UiContext ctx;
    private final LensViewModel lens;
    private final BackgroundViewModel vm;
    private final javafx.scene.control.Menu menu = new javafx.scene.control.Menu(Messages.get("menu.background"));
    private final ToggleGroup group = new ToggleGroup();
    private final MenuItem offlineItem = new MenuItem(Messages.get("menu.offlineArea"));
    private final AtomicBoolean cancel = new AtomicBoolean();
    private boolean running;

    /**
     * @param lens   the gemeente lens, whose place is the area made offline when one is open
     * @param config the backgrounds of {@code backgrounds.json}
     */
    public BackgroundController(UiContext ctx, LensViewModel lens, BackgroundsConfig.Loaded config) {
        this.ctx = ctx;
        this.lens = lens;
        this.vm = new BackgroundViewModel(ctx.settings(), config.sources(), ctx.dialogs(), Basemap.instance()::setSource);
        menu.setId("menu-background");
        for (BackgroundViewModel.Option o : vm.options()) {
            RadioMenuItem item = new RadioMenuItem(o.name());
            item.setId("background-" + o.id());
            item.setUserData(o.id());
            item.setToggleGroup(group);
            item.setSelected(o.id().equals(vm.selectedProperty().get()));
            item.setOnAction(e -> choose(o.id()));
            menu.getItems().add(item);
        }
        offlineItem.setId("menu-offline-area");
        offlineItem.setOnAction(e -> offlineArea());
        ctx.map().setAttribution(vm.attributionProperty().get());
        vm.attributionProperty().addListener((o, a, text) -> ctx.map().setAttribution(text));
        config.problem().ifPresent(problem -> ctx.ui().execute(
                () -> ctx.dialogs().showText(Messages.get("backgrounds.title"), problem)));
    }

    /** The background choice (tests). */
    public BackgroundViewModel model() {
        return vm;
    }

    /** Whether an offline package is being downloaded. */
    public boolean downloading() {
        return running;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry(Menu.SETTINGS, menu), new MenuEntry(Menu.SETTINGS, offlineItem));
    }

    private void choose(String id) {
        if (vm.choose(id)) {
            ctx.map().reloadTiles();
        }
        String shown = vm.selectedProperty().get();
        group.getToggles().forEach(t -> t.setSelected(shown.equals(t.getUserData())));
    }

    private void offlineArea() {
        if (running) {
            cancel.set(true);
            ctx.status().show(Messages.get("offline.stopping"));
            return;
        }
        Optional<TileSource> src = vm.current();
        if (src.isEmpty()) {
            ctx.dialogs().showText(Messages.get("offline.title"), Messages.get("offline.needOnline"));
            return;
        }
        Optional<Area> area;
        String areaName;
        LensViewModel.Place place = lens.selectedProperty().get();
        if (place != null && place.hasArea()) {
            Envelope e = place.lonLat().getEnvelopeInternal();
            area = Optional.of(new Area(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()));
            areaName = place.name();
        } else {
            area = viewArea();
            areaName = Messages.get("offline.view");
        }
        if (area.isEmpty()) {
            ctx.dialogs().showText(Messages.get("offline.title"), Messages.get("offline.noArea"));
            return;
        }
        int zoom = (int) Math.floor(ctx.map().zoom() + 1e-6);
        Optional<Plan> plan = ctx.dialogs().show(w -> new OfflineAreaDialog(w, src.get(), area.get(), areaName, zoom,
                (int) MapPane.MAX_ZOOM));
        plan.ifPresent(this::download);
    }

    private Optional<Area> viewArea() {
        MapView view = ctx.map().mapView();
        double w = view.getWidth();
        double h = view.getHeight();
        if (w <= 0 || h <= 0) {
            return Optional.empty();
        }
        MapPoint nw = view.getMapPosition(0, 0);
        MapPoint se = view.getMapPosition(w, h);
        try {
            return Optional.of(new Area(Math.max(-180, nw.getLongitude()), Math.max(-85, se.getLatitude()),
                    Math.min(180, se.getLongitude()), Math.min(85, nw.getLatitude())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void download(Plan plan) {
        running = true;
        cancel.set(false);
        offlineItem.setText(Messages.get("menu.offlineAreaStop"));
        ctx.status().startWork();
        ctx.status().show(Messages.get("offline.started", plan.tiles()));
        TilePackages packages = Optional.ofNullable(Basemap.instance().packages())
                .orElseGet(() -> new TilePackages(ctx.dataDir().resolve("tile-packages")));
        CompletableFuture.supplyAsync(() -> {
            try {
                MbTiles target = packages.openForWriting(plan.source().id());
                return new TilePackageDownloader(TileFetcher.standard(), DOWNLOAD_THREADS).download(plan, target,
                        (done, total) -> ctx.ui().execute(() -> progress(done, total)), cancel::get);
            } catch (IOException e) {
                return new Outcome(0, 0, 0, 0, false, e.getMessage());
            }
        }, ctx.background()).whenComplete((outcome, err) -> ctx.ui().execute(() -> finish(outcome, err)));
    }

    private void progress(long done, long total) {
        if (!running) {
            return;
        }
        double f = total == 0 ? 1 : done / (double) total;
        ctx.status().progress(f);
        ctx.status().show(Messages.get("offline.progress", done, total, f * 100));
    }

    private void finish(Outcome o, Throwable err) {
        running = false;
        offlineItem.setText(Messages.get("menu.offlineArea"));
        ctx.status().endWork();
        if (err != null || o == null) {
            ctx.dialogs().showText(Messages.get("offline.title"), Messages.get("offline.failed", String.valueOf(err)));
            return;
        }
        String counts = Messages.get("offline.counts", o.added(), o.skipped(), o.missing(), o.failed());
        if (o.cancelled()) {
            ctx.status().show(Messages.get("offline.cancelled", counts));
        } else if (o.failure() != null) {
            ctx.status().show(Messages.get("offline.stopped"));
            ctx.dialogs().showText(Messages.get("offline.title"), o.failure() + "\n\n" + counts + "\n\n" + Messages.get("offline.resume"));
        } else {
            ctx.status().show(Messages.get(o.failed() > 0 ? "offline.doneWithFailures" : "offline.done", counts));
        }
    }
}
