package dev.archway.app.ui.lesson;

import dev.archway.model.lesson.Check;
import java.util.Map;
import java.util.stream.Collectors;

/** A check in words, for the line that says it passed (a failing check says its own failure text). */
final class CheckText {
    private CheckText() {
    }

    static String describe(Check c) {
        String on = c.on() == null ? "" : " on " + c.on();
        return switch (c.type()) {
            case NO_FINDING -> "No " + c.subject() + " finding" + on;
            case FINDING -> "A " + c.subject() + " finding" + on;
            case REQUEST -> c.subject() + " → " + expected(c.expect());
            case QUERY -> "A database " + c.subject() + " → " + expected(c.expect());
            case COUNT -> "At least " + c.expect().getOrDefault("min", "1") + " " + c.subject().toLowerCase()
                    .replace('_', ' ');
        };
    }

    private static String expected(Map<String, String> expect) {
        return expect.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    static boolean simulates(Check c) {
        return c.type() == Check.CheckType.REQUEST || c.type() == Check.CheckType.QUERY;
    }
}
