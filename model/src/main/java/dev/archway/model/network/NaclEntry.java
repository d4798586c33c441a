package dev.archway.model.network;

/** One network ACL entry. Entries are evaluated in ascending {@code ruleNumber}; the first match decides. */
public record NaclEntry(int ruleNumber, boolean egress, String protocol, int fromPort, int toPort, String cidr,
        boolean allow) {

    public boolean matches(String proto, int port, long address) {
        boolean protoOk = "-1".equals(protocol) || protocol.equalsIgnoreCase(proto)
                || ("6".equals(protocol) && "tcp".equalsIgnoreCase(proto))
                || ("17".equals(protocol) && "udp".equalsIgnoreCase(proto));
        boolean portOk = "-1".equals(protocol) || fromPort == -1 || (fromPort <= port && port <= toPort);
        return protoOk && portOk && Cidr.parse(cidr).contains(address);
    }
}
