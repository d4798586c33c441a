package dev.archway.model.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares the fields a check expects with the simulator's answer: text fields must be equal; a share
 * ({@code share.NAME: 25%}) may differ from the simulated share by at most {@code tolerance} percentage points,
 * because N simulated clients spread like real ones, not exactly.
 */
final class AnswerComparison {
    static final double DEFAULT_TOLERANCE = 2.0;

    private AnswerComparison() {
    }

    static CheckResult compare(Check check, Map<String, String> answer) {
        double tolerance = tolerance(check);
        List<String> differences = new ArrayList<>();
        check.expect().forEach((field, wanted) -> {
            String actual = answer.get(field);
            if (!matches(field, wanted, actual, tolerance)) {
                differences.add(field + " is " + actual + ", not " + wanted
                        + (LoadShares.isShare(field) ? " (within " + format(tolerance) + " points)" : ""));
            }
        });
        return new CheckResult(check, differences.isEmpty(),
                differences.isEmpty() ? "as expected" : String.join("; ", differences));
    }

    private static boolean matches(String field, String wanted, String actual, double tolerance) {
        if (!LoadShares.isShare(field)) {
            return wanted.equals(actual);
        }
        Double want = LoadShares.parsePercent(wanted);
        Double got = LoadShares.parsePercent(actual);
        return want != null && got != null && Math.abs(want - got) <= tolerance + 1e-9;
    }

    static double tolerance(Check check) {
        String text = check.firstOption("tolerance");
        return text == null ? DEFAULT_TOLERANCE : Double.parseDouble(text.replace("%", ""));
    }

    private static String format(double points) {
        return points == Math.rint(points) ? String.valueOf((long) points) : String.valueOf(points);
    }
}
