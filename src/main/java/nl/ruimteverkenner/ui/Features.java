package nl.ruimteverkenner.ui;

import java.util.List;
import nl.ruimteverkenner.io.BackgroundsConfig;
import nl.ruimteverkenner.ui.background.BackgroundController;
import nl.ruimteverkenner.ui.compare.CompareController;
import nl.ruimteverkenner.ui.explorer.ExplorerController;
import nl.ruimteverkenner.ui.importer.ImportController;
import nl.ruimteverkenner.ui.export.MapExportController;
import nl.ruimteverkenner.ui.keuzes.KeuzeregisterController;
import nl.ruimteverkenner.ui.layers.LayerToolsController;
import nl.ruimteverkenner.ui.lens.LensController;
import nl.ruimteverkenner.ui.maptools.MapToolsController;
import nl.ruimteverkenner.ui.official.OfficialGeometryController;
import nl.ruimteverkenner.ui.presentation.PresentationController;
import nl.ruimteverkenner.ui.rules.RulesController;
import nl.ruimteverkenner.ui.scenario.ScenarioController;
import nl.ruimteverkenner.ui.scenario.ShareController;
import nl.ruimteverkenner.ui.schuurpunten.SchuurpuntenController;
import nl.ruimteverkenner.ui.settings.LanguageController;
import nl.ruimteverkenner.ui.shell.FeatureController;
import nl.ruimteverkenner.ui.shell.UiContext;
import nl.ruimteverkenner.ui.sketch.WorkshopController;

/**
 * The features of the main window, created in one place in dependency order. The order of {@link #all()}
 * is the order of their side tabs, menu items and tool bar groups. To add a feature: write its controller
 * (a {@link FeatureController}), create it here, and list it in {@link #all()}.
 */
public record Features(UiContext context, ScenarioController scenario, ExplorerController explorer,
                       KeuzeregisterController keuzes, LensController lens, WorkshopController workshop,
                       CompareController compare, SchuurpuntenController schuurpunten,
                       PresentationController presentation, BackgroundController background,
                       ShareController share, MapExportController mapExport, MapToolsController mapTools,
                       LanguageController language, RulesController rules, LayerToolsController layerTools,
                       OfficialGeometryController official, ImportController importer) {

    /** Creates every feature for the window of {@code ctx}. */
    public static Features create(UiContext ctx, BackgroundsConfig.Loaded backgrounds) {
        ScenarioController scenario = new ScenarioController(ctx);
        ExplorerController explorer = new ExplorerController(ctx);
        KeuzeregisterController keuzes = new KeuzeregisterController(ctx, explorer);
        SchuurpuntenController schuurpunten = new SchuurpuntenController(ctx, explorer);
        LensController lens = new LensController(ctx);
        WorkshopController workshop = new WorkshopController(ctx, scenario, schuurpunten);
        CompareController compare = new CompareController(ctx, () -> workshop.variants().hasUnsavedWork());
        compare.sessionReport().setLiveBoard(() -> workshop.notes().board());
        PresentationController presentation = new PresentationController(ctx, schuurpunten);
        BackgroundController background = new BackgroundController(ctx, lens.model(), backgrounds);
        ShareController share = new ShareController(ctx, scenario, () -> workshop.variants().hasUnsavedWork());
        MapExportController mapExport = new MapExportController(ctx);
        MapToolsController mapTools = new MapToolsController(ctx);
        LanguageController language = new LanguageController(ctx);
        RulesController rules = new RulesController(ctx, workshop.sketches().stack());
        schuurpunten.panel().setOnEditRules(rules::open);
        LayerToolsController layerTools = new LayerToolsController(ctx, explorer, workshop.sketches().stack());
        OfficialGeometryController official = new OfficialGeometryController(ctx, explorer.layerPanel(),
                workshop.sketches().stack());
        ImportController importer = new ImportController(ctx, workshop.sketches().stack());
        return new Features(ctx, scenario, explorer, keuzes, lens, workshop, compare, schuurpunten, presentation, background,
                share, mapExport, mapTools, language, rules, layerTools, official, importer);
    }

    /** Every feature, in the order of the frame. */
    public List<FeatureController> all() {
        return List.of(scenario, importer, share, mapExport, explorer, layerTools, keuzes, lens, workshop, workshop.variants(),
                workshop.notes(), compare, schuurpunten, rules, presentation, background, mapTools, language, official);
    }
}
