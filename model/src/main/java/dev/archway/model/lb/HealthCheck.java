package dev.archway.model.lb;

/** Target-group health check. {@code port} null means the traffic port. */
public record HealthCheck(String protocol, Integer port, String path, int intervalSeconds, int timeoutSeconds,
        int healthyThreshold, int unhealthyThreshold, String matcher) {

    public static HealthCheck httpDefault(String path) {
        return new HealthCheck("HTTP", null, path, 30, 5, 5, 2, "200");
    }

    public static HealthCheck tcpDefault() {
        return new HealthCheck("TCP", null, null, 30, 10, 5, 2, null);
    }
}
