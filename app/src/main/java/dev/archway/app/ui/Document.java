package dev.archway.app.ui;

import dev.archway.model.Design;
import dev.archway.model.command.Command;
import dev.archway.model.command.CommandStack;
import java.nio.file.Path;

/** One open design: the model, its undo history and the file it lives in (null until saved). */
public final class Document {
    private final Design design;
    private final CommandStack stack;
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

    public void execute(Command command) {
        stack.execute(command);
    }

    public String title() {
        String name = file == null ? design.name() : file.getFileName().toString();
        return (stack.isDirty() ? "• " : "") + name + " — Archway";
    }
}
