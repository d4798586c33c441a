package dev.archway.exporters;

/**
 * Limits on what any input may hold, beyond its size ({@link InputKind#maxBytes()}): nesting depth, YAML aliases,
 * the number of values after alias expansion, the length of one string, and the number of elements of a design or
 * resources of a template. Each is read from a system property ({@code archway.limit.depth}, {@code .aliases},
 * {@code .values}, {@code .string}, {@code .elements}) so a user can raise it; the
 * defaults are far above any real design or template and far below what exhausts memory.
 */
public record InputLimits(int maxDepth, int maxAliases, int maxValues, int maxStringLength, int maxElements) {
    public static final int DEFAULT_DEPTH = 200;
    public static final int DEFAULT_ALIASES = 50;
    public static final int DEFAULT_VALUES = 1_000_000;
    public static final int DEFAULT_STRING = 1_000_000;
    public static final int DEFAULT_ELEMENTS = 100_000;

    /** The limits in force: the defaults, or what the system properties say. */
    public static InputLimits current() {
        return new InputLimits(intProperty("archway.limit.depth", DEFAULT_DEPTH),
                intProperty("archway.limit.aliases", DEFAULT_ALIASES),
                intProperty("archway.limit.values", DEFAULT_VALUES),
                intProperty("archway.limit.string", DEFAULT_STRING),
                intProperty("archway.limit.elements", DEFAULT_ELEMENTS));
    }

    /** Refuses {@code count} elements (or resources) past the limit. */
    public void checkElements(int count, java.nio.file.Path file, String place) throws InputException {
        if (count > maxElements) {
            throw new InputException(file, place, count + " elements, more than the limit of " + maxElements
                    + " (raise it with -Darchway.limit.elements=N)");
        }
    }

    static long longProperty(String name, long fallback) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.strip());
            return parsed > 0 ? parsed : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static int intProperty(String name, int fallback) {
        return (int) Math.min(Integer.MAX_VALUE, longProperty(name, fallback));
    }
}
