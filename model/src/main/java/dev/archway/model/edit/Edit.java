package dev.archway.model.edit;

import dev.archway.model.command.Command;
import java.util.List;

/**
 * An edit the user asked for: the command that does it and the elements it is about (selected once it is done),
 * or why it is refused.
 */
public record Edit(Command command, List<String> subjects, String refusal) {
    public Edit {
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
    }

    public static Edit of(Command command) {
        return new Edit(command, List.of(), null);
    }

    public static Edit of(Command command, List<String> subjects) {
        return new Edit(command, subjects, null);
    }

    public static Edit of(Command command, String subject) {
        return new Edit(command, List.of(subject), null);
    }

    public static Edit refused(String reason) {
        return new Edit(null, List.of(), reason);
    }

    public boolean accepted() {
        return command != null;
    }

    /** What the status line says about it: the command's label, or the refusal. */
    public String message() {
        return accepted() ? command.label() : refusal;
    }
}
