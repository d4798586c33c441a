package dev.archway.exporters;

/**
 * What a file is read as. Each kind has its own size limit (documented in the README under "Limits and safety"),
 * raised with the system property {@code archway.limit.<kind>.bytes}, e.g. {@code -Darchway.limit.template.bytes=}.
 */
public enum InputKind {
    /** An Archway design file, or a file not yet told apart (a design or a template). */
    DESIGN("design", 64L << 20),
    /** A CloudFormation template, JSON or YAML (CloudFormation itself takes at most 1 MB). */
    TEMPLATE("template", 16L << 20),
    /** A workshop lesson file. */
    LESSON("lesson", 1L << 20),
    /** An assumptions file. */
    ASSUMPTIONS("assumptions", 1L << 20);

    private final String key;
    private final long defaultMaxBytes;

    InputKind(String key, long defaultMaxBytes) {
        this.key = key;
        this.defaultMaxBytes = defaultMaxBytes;
    }

    /** The size limit in bytes: the property {@code archway.limit.KIND.bytes}, else the default. */
    public long maxBytes() {
        return InputLimits.longProperty("archway.limit." + key + ".bytes", defaultMaxBytes);
    }

    public String key() {
        return key;
    }
}
