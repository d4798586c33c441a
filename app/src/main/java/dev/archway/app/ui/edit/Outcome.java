package dev.archway.app.ui.edit;

import dev.archway.model.command.Command;

/** An edit the user asked for: the command that does it (and the element it is about), or why it is refused. */
public record Outcome(Command command, String subject, String refusal) {
    public static Outcome of(Command command) {
        return new Outcome(command, null, null);
    }

    public static Outcome of(Command command, String subjectId) {
        return new Outcome(command, subjectId, null);
    }

    public static Outcome refused(String reason) {
        return new Outcome(null, null, reason);
    }

    public boolean accepted() {
        return command != null;
    }
}
