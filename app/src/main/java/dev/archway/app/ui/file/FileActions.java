package dev.archway.app.ui.file;

import dev.archway.app.ui.document.Document;
import dev.archway.exporters.InputException;
import dev.archway.exporters.designfile.DesignFile;
import dev.archway.exporters.cfn.ConditionValues;
import dev.archway.exporters.formats.DesignSources;
import dev.archway.model.Design;
import dev.archway.model.diagram.AwsDiagramLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** New, open, save, save as, recent files and the unsaved-changes prompt. */
public final class FileActions {
    private final Window owner;
    private final Consumer<Document> show;
    private final Consumer<String> status;
    private final RecentFiles recent;
    private Document document;

    public FileActions(Window owner, Consumer<Document> show, Consumer<String> status, RecentFiles recent) {
        this.owner = owner;
        this.show = show;
        this.status = status;
        this.recent = recent;
    }

    public void setDocument(Document doc) {
        document = doc;
    }

    public RecentFiles recent() {
        return recent;
    }

    /** A design ready for the canvas: elements without a place on the diagram get one. */
    public static Document prepare(Design design, Path file) {
        AwsDiagramLayout.completeMissing(design);
        ConditionValues.mark(design);
        return new Document(design, file);
    }

    /** Opens a design as a new, unsaved document; returns false when the user kept the current one. */
    public boolean newDesign(Design design) {
        if (!confirmDiscard()) {
            return false;
        }
        show.accept(prepare(design, null));
        return true;
    }

    public void open() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser chooser = chooser("Open a design or a CloudFormation template");
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("Designs and templates",
                "*.json", "*.yaml", "*.yml", "*.template"), new FileChooser.ExtensionFilter("All files", "*"));
        java.io.File f = chooser.showOpenDialog(owner);
        if (f != null) {
            openFile(f.toPath());
        }
    }

    /** Opens a folder of CloudFormation templates that work together (one stack each) as one design. */
    public void openFolder() {
        if (!confirmDiscard()) {
            return;
        }
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle("Open a folder of CloudFormation stacks");
        java.io.File f = chooser.showDialog(owner);
        if (f != null) {
            openFile(f.toPath());
        }
    }

    /** Opens a design file or a CloudFormation template; a bad file is reported in one line and nothing changes. */
    public boolean openFile(Path file) {
        return open(file, "");
    }

    /**
     * Opens a recovery file left by a crashed window as an unsaved design named "... (recovered)": it must be saved
     * somewhere on purpose, and the recovery file stays until then.
     */
    public boolean openRecovered(Path file) {
        return open(file, " (recovered)");
    }

    private boolean open(Path file, String recoveredSuffix) {
        try {
            DesignSources.Source source = DesignSources.read(file);
            Design design = source.design();
            boolean recovered = !recoveredSuffix.isEmpty();
            if (recovered) {
                design.rename(design.name() + recoveredSuffix);
            }
            boolean isDesign = source.isDesignFile() || source.text() != null
                    && file.getFileName().toString().endsWith(".archway.json");
            show.accept(prepare(design, isDesign && !recovered ? file : null));
            if (!recovered) {
                recent.add(file);
            }
            status.accept("Opened " + file.getFileName());
            return true;
        } catch (InputException | RuntimeException e) {
            refuse("Cannot open " + file.getFileName(), e.getMessage());
            return false;
        }
    }

    /** Says why something could not be opened: the one-line message in the status bar and, with a window, a dialog. */
    public void refuse(String header, String message) {
        status.accept(message);
        if (owner != null && owner.isShowing()) {
            Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
            alert.initOwner(owner);
            alert.setHeaderText(header);
            alert.show();
        }
    }

    public boolean save() {
        return document.file() == null ? saveAs() : saveTo(document.file());
    }

    public boolean saveAs() {
        FileChooser chooser = chooser("Save design");
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("Archway design", "*.archway.json"));
        chooser.setInitialFileName(document.design().name().replaceAll("[^A-Za-z0-9-]+", "-") + ".archway.json");
        java.io.File f = chooser.showSaveDialog(owner);
        return f != null && saveTo(f.toPath());
    }

    public boolean saveTo(Path file) {
        try {
            DesignFile.write(document.design(), file);
            document.savedAs(file);
            recent.add(file);
            status.accept("Saved " + file.getFileName());
            return true;
        } catch (IOException | RuntimeException e) {
            status.accept("Cannot save " + file + ": " + e.getMessage());
            return false;
        }
    }

    /** True when there is nothing unsaved, or the user saved or chose to discard it. */
    public boolean confirmDiscard() {
        if (document == null || !document.stack().isDirty() || owner == null || !owner.isShowing()) {
            return true;
        }
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Your changes will be lost if you don't save them.",
                save, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setHeaderText("Save changes to " + document.design().name() + "?");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return false;
        }
        return answer.get() != save || save();
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (document != null && document.file() != null && document.file().getParent() != null) {
            chooser.setInitialDirectory(document.file().toAbsolutePath().getParent().toFile());
        }
        return chooser;
    }
}
