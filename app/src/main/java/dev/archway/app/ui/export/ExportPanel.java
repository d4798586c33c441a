package dev.archway.app.ui.export;

import dev.archway.app.ui.canvas.DiagramSvg;
import dev.archway.app.ui.canvas.DiagramView;
import dev.archway.app.ui.document.Document;
import dev.archway.exporters.ExportOutput;
import dev.archway.exporters.ExportWriter;
import dev.archway.exporters.Exporter;
import dev.archway.exporters.formats.Exporters;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/**
 * Export: every format of the {@link Exporters} registry plus PNG and SVG of the diagram. Picking a format previews
 * it; Save writes it (atomically) where you choose.
 */
public final class ExportPanel extends BorderPane {
    /** One entry of the format list. */
    private record Format(String label, Exporter exporter, String image) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final DiagramView diagram;
    private final Consumer<String> status;
    private final ListView<Format> formats = new ListView<>();
    private final TextArea preview = new TextArea();
    private final dev.archway.model.DesignListener designListener = (d, ids) -> designChanged();
    private boolean stale;
    private boolean refreshQueued;
    private final ImageView imagePreview = new ImageView();
    private final Label fileLabel = new Label();
    private Document document;

    public ExportPanel(DiagramView diagram, Consumer<String> status) {
        this.diagram = diagram;
        this.status = status;
        getStyleClass().add("export-panel");
        List<Format> all = new ArrayList<>();
        Exporters.all().forEach(e -> all.add(new Format(e.displayName(), e, null)));
        all.add(new Format("Diagram as PNG", null, "png"));
        all.add(new Format("Diagram as SVG", null, "svg"));
        formats.getItems().setAll(all);
        formats.setId("export-formats");
        formats.setPrefWidth(300);
        formats.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> refresh());
        // the tab's content region turns visible when the Export tab is picked: bring a stale preview up to date
        parentProperty().addListener((o, a, p) -> {
            if (p != null) {
                p.visibleProperty().addListener((x, was, is) -> refreshIfShown());
            }
        });
        preview.setEditable(false);
        preview.setId("export-preview");
        preview.getStyleClass().add("code");
        imagePreview.setPreserveRatio(true);
        imagePreview.setFitHeight(220);
        Button save = new Button("Save…");
        save.setId("export-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> saveInteractively());
        HBox bar = new HBox(10, fileLabel, save);
        bar.getStyleClass().add("panel-bar");
        HBox.setHgrow(fileLabel, Priority.ALWAYS);
        fileLabel.setMaxWidth(Double.MAX_VALUE);
        StackPane body = new StackPane(preview, imagePreview);
        VBox right = new VBox(6, bar, body);
        VBox.setVgrow(body, Priority.ALWAYS);
        setLeft(formats);
        setCenter(right);
    }

    public void setDocument(Document doc) {
        if (document != null) {
            document.design().removeListener(designListener);
        }
        document = doc;
        doc.design().addListener(designListener);
        stale = true;
        refreshIfShown();
    }

    /** The preview follows the design (an undo can make it unexportable): at most once a pulse, while shown. */
    private void designChanged() {
        stale = true;
        if (!refreshQueued) {
            refreshQueued = true;
            javafx.application.Platform.runLater(() -> {
                refreshQueued = false;
                refreshIfShown();
            });
        }
    }

    private void refreshIfShown() {
        if (stale && shown()) {
            refresh();
        }
    }

    private boolean shown() {
        for (javafx.scene.Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return getScene() != null;
    }

    /** Renders the selected format into the preview. */
    public void refresh() {
        Format f = formats.getSelectionModel().getSelectedItem();
        if (f == null || document == null) {
            return;
        }
        stale = false;
        imagePreview.setVisible("png".equals(f.image()));
        preview.setVisible(!"png".equals(f.image()));
        try {
            if ("png".equals(f.image())) {
                imagePreview.setImage(diagram.renderImage(1));
                fileLabel.setText("PNG, rendered at 2x when saved");
            } else if ("svg".equals(f.image())) {
                preview.setText(DiagramSvg.render(document.design()));
                fileLabel.setText("SVG, standalone");
            } else {
                ExportOutput out = f.exporter().render(document.design());
                StringBuilder text = new StringBuilder();
                out.files().forEach((name, content) -> text.append(out.files().size() > 1 ? "// ── " + name + "\n" : "")
                        .append(content).append(out.files().size() > 1 ? "\n" : ""));
                preview.setText(text.toString());
                fileLabel.setText(out.directory() ? out.files().size() + " files: " + String.join(", ",
                        out.files().keySet()) : String.join("", out.files().keySet()));
            }
        } catch (RuntimeException ex) {
            preview.setText("This design cannot be exported in this format:\n" + ex.getMessage());
        }
    }

    public void select(String label) {
        formats.getItems().stream().filter(f -> f.label().equals(label)).findFirst()
                .ifPresent(f -> formats.getSelectionModel().select(f));
    }

    public String previewText() {
        return preview.getText();
    }

    private void saveInteractively() {
        Format f = formats.getSelectionModel().getSelectedItem();
        if (f == null) {
            status.accept("Pick a format first");
            return;
        }
        File target;
        ExportOutput out = f.exporter() == null ? null : f.exporter().render(document.design());
        if (out != null && out.directory()) {
            target = new DirectoryChooser().showDialog(getScene().getWindow());
        } else {
            FileChooser chooser = new FileChooser();
            String name = out != null ? out.files().keySet().iterator().next() : "diagram." + f.image();
            chooser.setInitialFileName(name);
            target = chooser.showSaveDialog(getScene().getWindow());
        }
        if (target != null) {
            saveTo(f.label(), target.toPath());
        }
    }

    /** Writes the named format to a path (tests call this; the Save button asks for the path first). */
    public boolean saveTo(String label, Path target) {
        Format f = formats.getItems().stream().filter(x -> x.label().equals(label)).findFirst().orElseThrow();
        try {
            if ("png".equals(f.image())) {
                WritableImage image = diagram.renderImage(2);
                Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".export", ".png");
                javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", tmp.toFile());
                Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } else if ("svg".equals(f.image())) {
                ExportWriter.writeAtomically(target, DiagramSvg.render(document.design()));
            } else {
                ExportWriter.write(f.exporter().render(document.design()), target);
            }
            status.accept("Exported " + f.label() + " to " + target);
            return true;
        } catch (IOException | RuntimeException ex) {
            status.accept("Export failed: " + ex.getMessage());
            return false;
        }
    }

}
