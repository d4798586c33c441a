package dev.archway.model.lb;

/** Listener-rule condition types; {@link #awsName()} is the {@code Field} value in the API. */
public enum ConditionField {
    HOST_HEADER("host-header"),
    PATH_PATTERN("path-pattern"),
    HTTP_HEADER("http-header"),
    HTTP_REQUEST_METHOD("http-request-method"),
    QUERY_STRING("query-string"),
    SOURCE_IP("source-ip");

    private final String awsName;

    ConditionField(String awsName) {
        this.awsName = awsName;
    }

    public String awsName() {
        return awsName;
    }

    public static ConditionField fromAwsName(String name) {
        for (ConditionField f : values()) {
            if (f.awsName.equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown condition field: " + name);
    }
}
