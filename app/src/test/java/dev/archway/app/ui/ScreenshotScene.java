package dev.archway.app.ui;

import java.util.List;
import java.util.function.Consumer;

/** One prepared state of the window for a screenshot. */
record ScreenshotScene(String name, Consumer<DesignerWindow> prepare) {
    void prepare(DesignerWindow window) {
        prepare.accept(window);
    }

    static List<ScreenshotScene> all() {
        return List.of(
                new ScreenshotScene("inspector-listener", w -> {
                    w.selection().set(List.of(w.document().design().byName("HttpsListener").orElseThrow().id()));
                }),
                new ScreenshotScene("inspector-security-group", w -> {
                    w.selection().set(List.of(w.document().design().byName("WebSecurityGroup").orElseThrow().id()));
                }),
                new ScreenshotScene("findings", ScreenshotScene::findings),
                new ScreenshotScene("simulation", w -> {
                    w.document().stack().undo();
                    w.document().stack().undo();
                    w.selection().clear();
                    w.panels().getSelectionModel().select(1);
                    w.simulationPanel().setRequest("GET https://www.example.com/api/orders");
                    w.simulationPanel().send();
                    w.simulationPanel().showAll();
                }),
                new ScreenshotScene("simulation-1000-requests", w -> {
                    w.simulationPanel().setRequest("GET https://www.example.com/");
                    w.simulationPanel().sendThousand();
                }),
                new ScreenshotScene("export", w -> {
                    w.diagram().overlays().setShares(java.util.Map.of());
                    w.diagram().overlays().setPath(List.of(), 0, false);
                    w.panels().getSelectionModel().select(2);
                    w.exportPanel().select(dev.archway.exporters.formats.Exporters.all().isEmpty() ? "Diagram as SVG"
                            : dev.archway.exporters.formats.Exporters.all().get(0).displayName());
                }),
                new ScreenshotScene("dark-theme", w -> {
                    w.selection().clear();
                    w.appearance().toggleTheme();
                }),
                new ScreenshotScene("large-import-fitted", w -> {
                    w.appearance().toggleTheme();
                    w.document().stack().markSaved();
                    w.open(largeImport(), null);
                    w.panels().getSelectionModel().select(0);
                    w.diagram().fitToScreen();
                }));
    }

    /** A monolith's template as a user imports it: one VPC, 190 services behind one ALB, nested stacks, no layout. */
    private static dev.archway.model.Design largeImport() {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("archway-import");
            dev.archway.exporters.ExportWriter.write(dev.archway.exporters.formats.Exporters.byId("cfn-json").orElseThrow()
                    .render(dev.archway.model.SyntheticDesigns.oneVpc(190)), dir);
            return dev.archway.exporters.formats.DesignSources.load(dir);
        } catch (java.io.IOException | dev.archway.exporters.InputException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reference design of issue 15 as the by-hand test built it, and a request simulated through it. */
    static List<ScreenshotScene> reference(java.nio.file.Path design) {
        return List.of(
                new ScreenshotScene("reference-design", w -> {
                    if (w.isDark()) {
                        w.appearance().toggleTheme();
                    }
                    w.closeLesson();
                    w.files().openFile(design);
                    w.selection().clear();
                    w.panels().getSelectionModel().select(0);
                }),
                new ScreenshotScene("reference-simulation", w -> {
                    w.panels().getSelectionModel().select(1);
                    w.simulationPanel().setRequest("GET https://www.example.com/");
                    w.simulationPanel().send();
                    w.simulationPanel().showAll();
                }));
    }

    /**
     * A lesson in progress (the first step failing, a hint shown, its request stepped through in the simulation),
     * then its solution revealed as a diff on the canvas, then the same step in the presenter's large font.
     */
    static List<ScreenshotScene> lesson(dev.archway.exporters.lesson.OpenLesson lesson) {
        return List.of(
                new ScreenshotScene("lesson-step", w -> {
                    if (w.isDark()) {
                        w.appearance().toggleTheme();
                    }
                    w.document().stack().markSaved();
                    w.stage().setWidth(1280);
                    w.stage().setHeight(800);
                    w.lessons().start(lesson);
                    w.lessonPane().showHint();
                    w.lessonPane().showInSimulation(0);
                    w.simulationPanel().showAll();
                    zoomIn(w);
                }),
                new ScreenshotScene("lesson-solution-diff", w -> {
                    w.diagram().overlays().setPath(List.of(), 0, false);
                    w.panels().getSelectionModel().select(0);
                    w.lessonPane().revealSolution(true);
                    zoomIn(w);
                }),
                new ScreenshotScene("lesson-presenter", w -> {
                    w.lessonPane().revealSolution(false);
                    w.appearance().toggleLargeFont();
                    zoomIn(w);
                }));
    }

    /** Lays the window out with the lesson pane now beside the canvas, then zooms a little into the fitted diagram. */
    private static void zoomIn(DesignerWindow w) {
        w.stage().getScene().getRoot().applyCss();
        w.stage().getScene().getRoot().layout();
        w.diagram().fitToScreen();
        w.diagram().zoom(1.15);
    }

    /** Two mistakes a student makes: a web group open to the world, two rules with one priority. */
    private static void findings(DesignerWindow w) {
        dev.archway.model.Design d = w.document().design();
        dev.archway.model.network.SecurityGroup web = d.get(d.byName("WebSecurityGroup").orElseThrow().id(),
                dev.archway.model.network.SecurityGroup.class);
        java.util.List<dev.archway.model.network.SgRule> rules = new java.util.ArrayList<>(web.ingress());
        rules.add(dev.archway.model.network.SgRule.tcp(80, "0.0.0.0/0"));
        w.document().execute(new dev.archway.model.command.PutElementCommand("Open web", web.withIngress(rules)));
        dev.archway.model.lb.ListenerRule shop = d.get(d.byName("BlogRule").orElseThrow().id(),
                dev.archway.model.lb.ListenerRule.class);
        w.document().execute(new dev.archway.model.command.PutElementCommand("Priority", shop.withPriority(20)));
        w.panels().getSelectionModel().select(0);
        w.selection().clear();
    }
}
