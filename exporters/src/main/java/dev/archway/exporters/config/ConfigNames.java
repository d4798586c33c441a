package dev.archway.exporters.config;

import java.util.Locale;

/** File and identifier names derived from element names. */
final class ConfigNames {
    private ConfigNames() {
    }

    /** {@code Web ALB} becomes {@code web_alb}: a file or Python module name. */
    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (s.isEmpty() || Character.isDigit(s.charAt(0))) {
            s = "x" + s;
        }
        return s;
    }

    /** {@code AuroraReaderEndpoint} becomes {@code AURORA_READER_ENDPOINT}: an environment variable name. */
    static String envName(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(Locale.ROOT)
                .replaceAll("^_+|_+$", "");
    }

    /** A Python string literal. */
    static String py(String s) {
        return ConfigText.pyString(s);
    }

    /** The simple class name of a dotted path, made a valid identifier. */
    static String className(String dotted) {
        String simple = dotted.substring(dotted.lastIndexOf('.') + 1).replaceAll("[^A-Za-z0-9_]", "_");
        return ConfigText.pyIdentifier(simple.isEmpty() || Character.isDigit(simple.charAt(0)) ? "Router" + simple
                : simple);
    }
}
