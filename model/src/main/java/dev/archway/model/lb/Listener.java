package dev.archway.model.lb;

import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.Ids;
import dev.archway.model.Lists;
import java.util.ArrayList;
import java.util.List;

/**
 * A listener: protocol and port on a load balancer. {@code certificateIds}: the first is the default certificate,
 * the others are added to the SNI list. {@code defaultActions} is the default rule.
 */
public record Listener(String id, String name, String loadBalancerId, Protocol protocol, int port,
        List<String> certificateIds, String sslPolicy, List<Action> defaultActions) implements Element {

    @Override
    public ElementKind kind() {
        return ElementKind.LISTENER;
    }

    public Listener {
        certificateIds = Lists.copy(certificateIds);
        defaultActions = Lists.copy(defaultActions);
    }

    @Override
    public Listener withName(String newName) {
        return new Listener(id, newName, loadBalancerId, protocol, port, certificateIds, sslPolicy, defaultActions);
    }

    public Listener withDefaultActions(List<Action> actions) {
        return new Listener(id, name, loadBalancerId, protocol, port, certificateIds, sslPolicy, actions);
    }

    public Listener withCertificates(List<String> newCertificateIds) {
        return new Listener(id, name, loadBalancerId, protocol, port, newCertificateIds, sslPolicy, defaultActions);
    }

    /** {@code HTTPS:443}: how traces and findings name a listener. */
    public String label() {
        return protocol + ":" + port;
    }

    @Override
    public List<String> references() {
        List<String> refs = new ArrayList<>(Ids.refs(loadBalancerId, certificateIds));
        defaultActions.forEach(a -> refs.addAll(a.targetGroupIds()));
        return refs;
    }

    @Override
    public String container() {
        return loadBalancerId;
    }
}
