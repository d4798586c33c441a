package dev.archway.model.simulation;

/**
 * One step of a simulated path: what was looked at ({@code elementId}, a design element id the canvas can highlight;
 * null when the step has no element of its own), what was decided and why.
 */
public record Hop(Step step, String elementId, String decision, String reason) {

    /** The kinds of step a request or a query goes through, in the order they happen. */
    public enum Step {
        DNS("dns"), LB_NODE("lb-node"), NETWORK_ACL("network-acl"), LB_SECURITY_GROUP("lb-security-group"),
        LISTENER("listener"), CERTIFICATE("certificate"), RULE("rule"), ACTION("action"), TRANSFORM("transform"),
        TARGET_GROUP("target-group"),
        TARGET("target"), TARGET_SECURITY_GROUP("target-security-group"), ANSWER("answer"), ROUTER("router"),
        ENDPOINT("endpoint"), FAILOVER("failover"), INSTANCE("instance"), DB_SECURITY_GROUP("db-security-group");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
