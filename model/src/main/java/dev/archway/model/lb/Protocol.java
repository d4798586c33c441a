package dev.archway.model.lb;

/** Listener and target-group protocols, named as AWS names them. */
public enum Protocol {
    HTTP, HTTPS, TCP, TLS, UDP, TCP_UDP;

    public boolean isHttp() {
        return this == HTTP || this == HTTPS;
    }

    /** Does the listener terminate TLS (and so need a certificate)? */
    public boolean terminatesTls() {
        return this == HTTPS || this == TLS;
    }

    /** The transport protocol used on the wire: {@code tcp} or {@code udp}. */
    public String transport() {
        return this == UDP ? "udp" : "tcp";
    }
}
