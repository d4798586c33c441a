package dev.archway.model.edit;

import dev.archway.model.Design;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.ActionType;
import dev.archway.model.lb.Certificate;
import dev.archway.model.lb.RedirectConfig;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.Protocol;
import java.util.ArrayList;
import java.util.List;

/**
 * Certificates on a listener: the first is the default, the others go to the SNI list. A listener that gets a
 * certificate terminates TLS (HTTPS at an ALB, TLS at an NLB) and moves from port 80 to 443.
 */
public final class ListenerSecurity {
    public static final int TLS_PORT = 443;

    private ListenerSecurity() {
    }

    static Connections.Result attach(Design design, Listener l, Certificate cert) {
        if (l.certificateIds().contains(cert.id())) {
            return Connections.already(l.name() + " uses " + cert.name());
        }
        List<String> certs = new ArrayList<>(l.certificateIds());
        certs.add(cert.id());
        Listener secured = l.protocol().terminatesTls() ? l : withProtocol(design, l, tlsProtocol(design, l));
        return Connections.Result.ok(secured.withCertificates(certs));
    }

    /** The protocols a listener of this balancer may use: HTTP and HTTPS at an ALB; TCP, TLS, UDP at an NLB. */
    public static List<Protocol> protocolsFor(LoadBalancer lb) {
        return lb != null && lb.isNetwork() ? List.of(Protocol.TCP, Protocol.TLS, Protocol.UDP, Protocol.TCP_UDP)
                : List.of(Protocol.HTTP, Protocol.HTTPS);
    }

    /** A listener new on {@code lb}: TCP in place of HTTP at an NLB. */
    static Listener fittedTo(Design design, Listener l) {
        LoadBalancer lb = design.get(l.loadBalancerId(), LoadBalancer.class);
        if (protocolsFor(lb).contains(l.protocol())) {
            return l;
        }
        Protocol p = l.protocol().terminatesTls() ? tlsProtocol(design, l) : protocolsFor(lb).get(0);
        return new Listener(l.id(), l.name(), l.loadBalancerId(), p, l.port(), l.certificateIds(), l.sslPolicy(),
                lb != null && lb.isNetwork() ? List.of() : l.defaultActions());
    }

    /**
     * When an HTTPS listener joins an ALB, its HTTP:80 listeners that still answer with the palette's default (a
     * fixed response) redirect to it instead, as AWS recommends; listeners the user has set up are left alone.
     */
    static List<Listener> redirectsToTls(Design design, Listener tls) {
        if (tls.protocol() != Protocol.HTTPS) {
            return List.of();
        }
        return design.all(Listener.class).stream().filter(l -> tls.loadBalancerId().equals(l.loadBalancerId())
                && l.protocol() == Protocol.HTTP && l.defaultActions().size() == 1
                && l.defaultActions().get(0).type() == ActionType.FIXED_RESPONSE)
                .map(l -> l.withDefaultActions(List.of(Action.redirect(new RedirectConfig("HTTPS", "#{host}",
                        String.valueOf(tls.port()), "/#{path}", "#{query}", "HTTP_301"))))).toList();
    }

    /** HTTPS at an ALB, TLS at an NLB. */
    public static Protocol tlsProtocol(Design design, Listener l) {
        LoadBalancer lb = design.get(l.loadBalancerId(), LoadBalancer.class);
        return lb != null && lb.isNetwork() ? Protocol.TLS : Protocol.HTTPS;
    }

    /** The listener on another protocol; a switch to or from TLS moves between ports 80 and 443 when on the other. */
    public static Listener withProtocol(Design design, Listener l, Protocol p) {
        int port = l.port();
        if (p.terminatesTls() && !l.protocol().terminatesTls() && port == 80) {
            port = TLS_PORT;
        } else if (!p.terminatesTls() && l.protocol().terminatesTls() && port == TLS_PORT) {
            port = 80;
        }
        return new Listener(l.id(), l.name(), l.loadBalancerId(), p, port, l.certificateIds(), l.sslPolicy(),
                l.defaultActions());
    }
}
