package dev.archway.model.command;

import dev.archway.model.Design;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The undo history of one design, unlimited in depth. Executing clears redo; a command that can merge into the
 * one on top replaces it. Executing from inside a command or a listener is refused: it would corrupt the history.
 */
public final class CommandStack {
    private final Design design;
    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private boolean running;
    private long savedMarker;
    private long changeCounter;

    public CommandStack(Design design) {
        this.design = design;
    }

    public Design design() {
        return design;
    }

    public void execute(Command command) {
        guard(() -> {
            command.apply(design);
            Command top = undo.peek();
            Optional<Command> merged = top == null ? Optional.empty() : top.mergeWith(command);
            if (merged.isPresent()) {
                undo.pop();
                undo.push(merged.get());
            } else {
                undo.push(command);
            }
            redo.clear();
        });
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoLabel() {
        return Optional.ofNullable(undo.peek()).map(Command::label);
    }

    public Optional<String> redoLabel() {
        return Optional.ofNullable(redo.peek()).map(Command::label);
    }

    public void undo() {
        if (canUndo()) {
            guard(() -> {
                Command c = undo.pop();
                c.revert(design);
                redo.push(c);
            });
        }
    }

    public void redo() {
        if (canRedo()) {
            guard(() -> {
                Command c = redo.pop();
                c.apply(design);
                undo.push(c);
            });
        }
    }

    /** Marks the current state as saved; {@link #isDirty()} is false until the next change. */
    public void markSaved() {
        savedMarker = design.revision();
    }

    public boolean isDirty() {
        return design.revision() != savedMarker;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void guard(Runnable action) {
        if (running) {
            throw new IllegalStateException("a command may not run while another one runs");
        }
        running = true;
        try {
            action.run();
            changeCounter++;
        } finally {
            running = false;
        }
        listeners.forEach(Runnable::run);
    }
}
