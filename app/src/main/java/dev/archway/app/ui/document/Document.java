package dev.archway.app.ui.document;

import dev.archway.model.Design;
import dev.archway.model.command.Command;
import dev.archway.model.command.CommandStack;
import dev.archway.model.edit.Edit;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** One open design: the model, its undo history and the file it lives in (null until saved). */
public final class Document {
    private final Design design;
    private final CommandStack stack;
    private final List<Consumer<Edit>> editListeners = new CopyOnWriteArrayList<>();
    private Path file;

    public Document(Design design, Path file) {
        this.design = design;
        this.stack = new CommandStack(design);
        this.file = file;
        stack.markSaved();
    }

    public Design design() {
        return design;
    }

    public CommandStack stack() {
        return stack;
    }

    public Path file() {
        return file;
    }

    public void savedAs(Path newFile) {
        this.file = newFile;
        stack.markSaved();
    }

    /** Detaches from the file it was read from (a recovered design must be saved somewhere on purpose). */
    public void forgetFile() {
        this.file = null;
    }

    /** The one way an edit reaches the design: done (and undoable) when accepted; either way the views hear of it. */
    public boolean apply(Edit edit) {
        if (edit.accepted()) {
            stack.execute(edit.command());
        }
        editListeners.forEach(l -> l.accept(edit));
        return edit.accepted();
    }

    public void execute(Command command) {
        apply(Edit.of(command));
    }

    /** Hears every edit applied or refused: the status line, the selection of what an edit made. */
    public void addEditListener(Consumer<Edit> listener) {
        editListeners.add(listener);
    }

    public String title() {
        String name = file == null ? design.name() : file.getFileName().toString();
        return (stack.isDirty() ? "• " : "") + name + " — Archway";
    }
}
