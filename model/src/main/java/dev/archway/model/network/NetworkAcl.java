package dev.archway.model.network;

import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.Ids;
import dev.archway.model.Lists;
import java.util.Comparator;
import java.util.List;

/** A network ACL: stateless, evaluated per direction in rule-number order, ending in an implicit deny. */
public record NetworkAcl(String id, String name, String vpcId, List<NaclEntry> entries) implements Element {

    @Override
    public ElementKind kind() {
        return ElementKind.NETWORK_ACL;
    }

    public NetworkAcl {
        entries = Lists.copy(entries);
    }

    @Override
    public NetworkAcl withName(String newName) {
        return new NetworkAcl(id, newName, vpcId, entries);
    }

    /** First-match evaluation; no entry matching means the final {@code *} rule denies. */
    public boolean allows(boolean egress, String proto, int port, long address) {
        return entries.stream().filter(e -> e.egress() == egress).sorted(Comparator.comparingInt(NaclEntry::ruleNumber))
                .filter(e -> e.matches(proto, port, address)).findFirst().map(NaclEntry::allow).orElse(false);
    }

    @Override
    public List<String> references() {
        return Ids.refs(vpcId);
    }

    @Override
    public String container() {
        return vpcId;
    }
}
