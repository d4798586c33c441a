package dev.archway.model.network;

/**
 * One security-group rule. {@code protocol} is {@code tcp}, {@code udp}, {@code icmp} or {@code -1} (all traffic,
 * all ports). The peer is exactly one of {@code cidr} or {@code securityGroupId} (the source for ingress,
 * the destination for egress).
 */
public record SgRule(String protocol, int fromPort, int toPort, String cidr, String securityGroupId, String description) {

    public static SgRule tcp(int port, String cidr) {
        return new SgRule("tcp", port, port, cidr, null, null);
    }

    public static SgRule tcpFrom(int port, String securityGroupId) {
        return new SgRule("tcp", port, port, null, securityGroupId, null);
    }

    public static SgRule allTraffic(String cidr) {
        return new SgRule("-1", -1, -1, cidr, null, null);
    }

    /**
     * The peer CIDR of a rule whose template takes it from outside: a Parameter given at deploy time (its name in
     * braces, {@code {SshAllow}}) or a value another stack exports ({@code {import Name}}). Rules that need the block
     * cannot tell (see {@code Topology.unknownRules}); the simulation takes it as covering the peer and says so.
     */
    public static String deployTimeCidr(String name) {
        return "{" + name + "}";
    }

    /** Is the peer a CIDR given at deploy time ({@link #deployTimeCidr})? */
    public boolean deployTimeCidr() {
        return cidr != null && cidr.startsWith("{") && cidr.endsWith("}");
    }

    public boolean allProtocols() {
        return "-1".equals(protocol);
    }

    /** Does this rule cover the given protocol and port? */
    public boolean covers(String proto, int port) {
        if (allProtocols()) {
            return true;
        }
        if (!protocol.equalsIgnoreCase(proto) && !protocolNumber(protocol).equals(protocolNumber(proto))) {
            return false;
        }
        return fromPort == -1 || (fromPort <= port && port <= toPort);
    }

    private static String protocolNumber(String p) {
        return switch (p.toLowerCase()) {
            case "tcp" -> "6";
            case "udp" -> "17";
            case "icmp" -> "1";
            default -> p;
        };
    }

    public String portText() {
        if (allProtocols()) {
            return "all traffic";
        }
        return fromPort == toPort ? protocol + "/" + fromPort : protocol + "/" + fromPort + "-" + toPort;
    }
}
