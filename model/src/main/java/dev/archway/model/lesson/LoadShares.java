package dev.archway.model.lesson;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How N simulated requests (or queries) spread: per target or instance, per AZ (by element name and by AWS zone
 * name) and per outcome, each as {@code share.NAME} = its percentage of all N ({@code "16.67%"}).
 */
final class LoadShares {
    static final String PREFIX = Check.SHARE_PREFIX;

    private final long total;
    private final Map<String, Long> counts = new LinkedHashMap<>();

    LoadShares(long total) {
        this.total = total;
    }

    /** Counts {@code count} more under each of {@code names} (nulls are skipped). */
    void add(long count, String... names) {
        for (String name : names) {
            if (name != null) {
                counts.merge(name, count, Long::sum);
            }
        }
    }

    void putInto(Map<String, String> answer) {
        counts.forEach((name, count) -> answer.putIfAbsent(PREFIX + name, percent(count, total)));
    }

    static String percent(long count, long total) {
        BigDecimal share = BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(total), 2,
                RoundingMode.HALF_UP);
        return share.stripTrailingZeros().toPlainString() + "%";
    }

    static boolean isShare(String field) {
        return field.startsWith(PREFIX) && field.length() > PREFIX.length();
    }

    /** {@code "25%"} → 25; null when the text is not a percentage. */
    static Double parsePercent(String text) {
        if (text == null || !text.matches("\\d+(\\.\\d+)?%")) {
            return null;
        }
        return Double.valueOf(text.substring(0, text.length() - 1));
    }
}
