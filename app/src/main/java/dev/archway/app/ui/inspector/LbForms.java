package dev.archway.app.ui.inspector;

import dev.archway.model.Element;
import dev.archway.model.edit.ListenerSecurity;
import dev.archway.model.lb.Certificate;
import dev.archway.model.lb.LbType;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.Scheme;
import dev.archway.model.network.Subnet;
import java.util.Arrays;
import java.util.List;

/** Load balancers, listeners and listener rules. */
final class LbForms {
    private final FormContext c;
    private final PropertyForm form;

    LbForms(FormContext c) {
        this.c = c;
        this.form = c.form();
    }

    boolean build(Element e) {
        if (e instanceof LoadBalancer lb) {
            loadBalancer(lb);
        } else if (e instanceof Listener l) {
            listener(l);
        } else if (e instanceof ListenerRule r) {
            form.edits("listenerId").pick("Listener", c.design().all(Listener.class), r.listenerId(), null,
                    id -> c.edit("Move rule", new ListenerRule(r.id(), r.name(), id, r.priority(), r.conditions(),
                            r.actions(), r.transforms())));
            form.edits("priority", "conditions", "actions");
            form.edits("transforms").text("Transforms", TransformText.format(r.transforms()),
                    PropertyForm.parses(TransformText::parse),
                    v -> c.edit("Edit transforms", r.withTransforms(TransformText.parse(v))));
            form.info("Rule format", "conditions: host-header: www.example.com; path-pattern: /api/*  ·  actions: "
                    + "forward: tg-a=80, tg-b=20 · redirect: HTTPS:443 301 · fixed-response: 404 · authenticate-oidc: "
                    + "Issuer=URL, ClientId=ID (and the endpoints); forward: tg-a  ·  transforms: "
                    + "url-rewrite: ^/api/(.*) => /$1");
            c.add(new ListenerRulesTable(c.inspector(), r.listenerId(), r.id()));
        } else {
            return false;
        }
        return true;
    }

    private LoadBalancer with(LoadBalancer lb, LbType t, Scheme s, List<String> subnets, java.util.Map<String,
            String> attributes, List<String> eips) {
        return new LoadBalancer(lb.id(), lb.name(), lb.vpcId(), t, s, subnets, lb.securityGroupIds(), attributes, eips);
    }

    private void loadBalancer(LoadBalancer lb) {
        c.placed("vpcId", "VPC", lb.vpcId());
        form.edits("type").choice("Type", List.of(LbType.values()), lb.type(), t -> c.edit("Edit load balancer",
                with(lb, t, lb.scheme(), lb.subnetIds(), lb.attributes(), lb.elasticIps())));
        form.edits("scheme").choice("Scheme", List.of(Scheme.values()), lb.scheme(), s -> c.edit("Edit load balancer",
                with(lb, lb.type(), s, lb.subnetIds(), lb.attributes(), lb.elasticIps())));
        List<Subnet> subnets = c.inVpc(Subnet.class, lb.vpcId(), Subnet::vpcId);
        form.edits("subnetIds").checks("Subnets", subnets, lb.subnetIds(), ids -> c.apply(
                dev.archway.model.edit.DesignEdits.loadBalancerSubnets(c.design(), lb.id(), ids)));
        c.securityGroups(lb, lb.vpcId());
        form.edits("attributes").text("Attributes", KeyValues.format(lb.attributes()), PropertyForm.parses(KeyValues::parse),
                v -> c.edit("Edit attributes", with(lb, lb.type(), lb.scheme(), lb.subnetIds(), KeyValues.parse(v),
                        lb.elasticIps())));
        form.edits("elasticIps").text("Elastic IPs (NLB, one per subnet)", String.join(", ", lb.elasticIps()),
                v -> lb.isNetwork() || v.isBlank() ? null : "only a Network Load Balancer has Elastic IPs",
                v -> c.edit("Edit Elastic IPs", with(lb, lb.type(), lb.scheme(), lb.subnetIds(), lb.attributes(),
                        Arrays.stream(v.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList())));
    }

    private void listener(Listener l) {
        LoadBalancer lb = c.design().get(l.loadBalancerId(), LoadBalancer.class);
        form.edits("loadBalancerId").pick("Load balancer", c.design().all(LoadBalancer.class), l.loadBalancerId(),
                null, id -> c.edit("Move listener", new Listener(l.id(), l.name(), id, l.protocol(), l.port(),
                        l.certificateIds(), l.sslPolicy(), l.defaultActions())));
        form.edits("protocol").choice("Protocol", ListenerSecurity.protocolsFor(lb), l.protocol(),
                p -> c.edit("Edit listener", ListenerSecurity.withProtocol(c.design(), l, p)));
        form.edits("port").text("Port", String.valueOf(l.port()), PropertyForm::port, p -> c.edit("Edit listener",
                new Listener(l.id(), l.name(), l.loadBalancerId(), l.protocol(), Integer.parseInt(p.trim()),
                        l.certificateIds(), l.sslPolicy(), l.defaultActions())));
        if (l.protocol().terminatesTls() && l.certificateIds().isEmpty()) {
            form.info("Certificate needed", "An " + l.protocol() + " listener needs a certificate: tick one below, "
                    + "or drag from the listener's handle to a certificate.");
        }
        form.edits("certificateIds").checks("Certificates (first is the default, the rest SNI)",
                c.design().all(Certificate.class), l.certificateIds(), ids -> c.edit("Certificates of " + l.name(),
                        l.withCertificates(ids)));
        form.edits("sslPolicy").text("SSL policy", l.sslPolicy(), v -> null, v -> c.edit("Edit listener",
                new Listener(l.id(), l.name(), l.loadBalancerId(), l.protocol(), l.port(), l.certificateIds(),
                        v.isBlank() ? null : v.trim(), l.defaultActions())));
        form.edits("defaultActions").text("Default action", RuleText.actions(c.design(), l.defaultActions()),
                ElementForms.actionProblem(c.design()), v -> c.edit("Edit default action",
                        l.withDefaultActions(RuleText.parseActions(c.design(), v))));
        form.info("Action format", "forward: tg-a=80, tg-b=20 · redirect: HTTPS:443 301 · fixed-response: 404 · "
                + "authenticate-cognito: UserPoolArn=ARN, UserPoolClientId=ID, UserPoolDomain=D; forward: tg-a");
        c.add(new ListenerRulesTable(c.inspector(), l.id(), null));
    }
}
