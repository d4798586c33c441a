package dev.archway.model.simulation;

import dev.archway.model.Design;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.ActionType;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.lb.TargetType;
import dev.archway.model.lb.WeightedTargetGroup;
import dev.archway.model.network.Cidr;
import dev.archway.model.network.Vpc;
import dev.archway.model.query.Topology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Routes requests through a design's load balancers as AWS would (doc §1-§4): DNS to a node of an AZ, the
 * node's security groups and ACL, the listener by protocol and port (with its SNI certificate), the rules in
 * priority order, the action, and the target chosen under cross-zone, health and the group's algorithm, then the
 * target's security groups and ACLs. Works on the design as it is when called; build a new router after edits.
 */
public final class RequestRouter {
    private final Design design;
    private final Topology topology;
    private final SecurityPathCheck security;
    private final LoadBalancerResolver resolver;
    private final Map<String, ListenerRuleMatcher> matchers = new HashMap<>();

    public RequestRouter(Design design) {
        design = DeployedDesign.of(design);
        this.design = design;
        this.topology = new Topology(design);
        this.security = new SecurityPathCheck(design);
        this.resolver = new LoadBalancerResolver(design);
    }

    /** One request. {@code lbName} may be null (resolve by host). */
    public RouteTrace route(SimRequest request, String lbName, SimulationScenario scenario) {
        return send(request, lbName, scenario, 1).first();
    }

    /** {@code requests} clients sending the same request; reproducible for a given scenario seed. */
    public TrafficReport send(SimRequest request, String lbName, SimulationScenario scenario, int requests) {
        if (requests < 1) {
            throw new IllegalArgumentException("--requests must be at least 1");
        }
        RoutePlan plan = plan(request, lbName, scenario);
        return new TrafficRun(design, security, plan).run(requests, scenario.seed());
    }

    /** The compiled rules of a listener, cached per router. */
    public ListenerRuleMatcher matcher(Listener listener, boolean hostPortIgnored) {
        return matchers.computeIfAbsent(listener.id() + "|" + hostPortIgnored,
                k -> new ListenerRuleMatcher(topology.rulesOf(listener), hostPortIgnored));
    }

    RoutePlan plan(SimRequest request, String lbName, SimulationScenario scenario) {
        LoadBalancerResolver.Resolution resolution = resolver.resolve(request, lbName);
        RoutePlan p = new RoutePlan();
        p.lb = resolution.lb();
        p.request = withDefaultClient(p.lb, request);
        List<LbNode> all = resolver.nodes(p.lb);
        chooseListener(p);
        if (p.listener != null && p.terminalOutcome == null) {
            chooseRule(p, scenario);
        }
        if (p.listener != null && p.terminalOutcome == null) {
            chooseAction(p, scenario, all);
        }
        new NodeSelection(p, resolution, all, scenario).apply();
        p.entry = new AccessVerdict[p.nodes.length];
        for (RoutePlan.GroupPlan g : p.groups) {
            g.sizeFor(p.nodes.length);
        }
        for (int n = 0; n < p.nodes.length; n++) {
            p.entry[n] = clientEntry(p, p.nodes[n]);
            for (RoutePlan.GroupPlan g : p.groups) {
                g.candidates[n] = g.state.candidates(p.nodes[n].zone());
            }
        }
        return p;
    }

    /** An internal load balancer's default client is inside its VPC; an internet-facing one's on the internet. */
    private SimRequest withDefaultClient(LoadBalancer lb, SimRequest request) {
        Vpc vpc = design.get(lb.vpcId(), Vpc.class);
        Cidr block = vpc == null ? null : NaclCheck.cidr(vpc.cidr());
        if (request.sourceIpGiven() || lb.internetFacing() || block == null) {
            return request;
        }
        return request.withDefaultSourceIp(block.address(10));
    }

    private void chooseListener(RoutePlan p) {
        SimRequest r = p.request;
        List<Listener> onPort = topology.listenersOf(p.lb).stream().filter(l -> l.port() == r.port()).toList();
        for (Listener l : onPort) {
            if (compatible(r.protocol(), l.protocol())) {
                p.listener = l;
                p.listenerHops.add(new Hop(Hop.Step.LISTENER, l.id(), "selected",
                        l.label() + " takes " + r.protocol() + " on port " + r.port()));
                certificate(p);
                return;
            }
        }
        List<String> labels = topology.listenersOf(p.lb).stream().map(Listener::label).toList();
        p.noListenerReason = onPort.isEmpty()
                ? p.lb.name() + " has no listener on port " + r.port() + " (it listens on " + labels + ")"
                : "listener " + onPort.get(0).label() + " does not take a " + r.protocol() + " request";
    }

    static boolean compatible(Protocol request, Protocol listener) {
        switch (request) {
            case HTTP:
                return listener == Protocol.HTTP || listener == Protocol.TCP || listener == Protocol.TCP_UDP;
            case HTTPS:
                return listener == Protocol.HTTPS || listener == Protocol.TLS || listener == Protocol.TCP
                        || listener == Protocol.TCP_UDP;
            case TLS:
                return listener == Protocol.TLS || listener == Protocol.TCP || listener == Protocol.TCP_UDP;
            case TCP:
                return listener == Protocol.TCP || listener == Protocol.TCP_UDP;
            case UDP:
                return listener == Protocol.UDP || listener == Protocol.TCP_UDP;
            default:
                return false;
        }
    }

    private void certificate(RoutePlan p) {
        Listener l = p.listener;
        if (!l.protocol().terminatesTls()) {
            return;
        }
        boolean clientTls = p.request.protocol() == Protocol.HTTPS || p.request.protocol() == Protocol.TLS;
        String sni = clientTls && !SimRequest.isIpv4(p.request.host()) ? p.request.host() : null;
        CertificateSelector.Choice c = CertificateSelector.choose(design, l, sni);
        if (c.certificate() == null) {
            p.listenerHops.add(new Hop(Hop.Step.CERTIFICATE, l.id(), "failed", c.reason()));
            terminal(p, RouteOutcome.UNAVAILABLE, null, null, c.reason());
            return;
        }
        p.certificateId = c.certificate().id();
        p.listenerHops.add(new Hop(Hop.Step.CERTIFICATE, c.certificate().id(), c.covers() ? "selected" : "mismatch",
                c.reason()));
    }

    private void chooseRule(RoutePlan p, SimulationScenario scenario) {
        ListenerRuleMatcher matcher = matcher(p.listener, scenario.hostPortIgnored());
        List<ListenerRuleMatcher.RuleVerdict> verdicts = matcher.explain(p.request);
        for (ListenerRuleMatcher.RuleVerdict v : verdicts) {
            p.listenerHops.add(new Hop(Hop.Step.RULE, v.rule().id(), v.matched() ? "matched" : "not matched",
                    "priority " + v.rule().priority() + ": " + v.reason()));
        }
        ListenerRuleMatcher.RuleVerdict last = verdicts.isEmpty() ? null : verdicts.get(verdicts.size() - 1);
        if (last != null && last.matched()) {
            p.ruleId = last.rule().id();
            p.actionElementId = last.rule().id();
        } else {
            p.actionElementId = p.listener.id();
            p.listenerHops.add(new Hop(Hop.Step.RULE, p.listener.id(), "matched", matcher.size() == 0
                    ? "the listener has no rules: its default action applies"
                    : "no rule matched: the default rule applies"));
        }
    }

    private List<Action> actions(RoutePlan p) {
        if (p.ruleId == null) {
            return p.listener.defaultActions();
        }
        ListenerRule rule = design.get(p.ruleId, ListenerRule.class);
        return rule.actions();
    }

    private void chooseAction(RoutePlan p, SimulationScenario scenario, List<LbNode> nodes) {
        List<Action> ordered = new ArrayList<>(actions(p));
        ordered.sort(Comparator.comparingInt(a -> a.order() == null ? Integer.MAX_VALUE : a.order()));
        Action terminal = null;
        for (Action a : ordered) {
            if (a.type().isTerminal()) {
                terminal = a;
            }
        }
        for (Action a : ordered) {
            if (a.type().isTerminal()) {
                continue;
            }
            AuthenticationStep.Answer answer = AuthenticationStep.apply(a, p.request);
            if (answer != null) {
                p.listenerHops.add(new Hop(Hop.Step.ACTION, p.actionElementId,
                        answer.outcome() == RouteOutcome.BLOCKED ? "denied" : "redirected", answer.reason()));
                terminal(p, answer.outcome(), answer.status(), answer.location(), answer.reason());
                if (answer.outcome() == RouteOutcome.BLOCKED) {
                    p.authBlockedId = p.actionElementId;
                }
                return;
            }
            p.listenerHops.add(new Hop(Hop.Step.ACTION, p.actionElementId, "authenticated",
                    a.type().name().toLowerCase().replace('_', '-') + ": the client is signed in (or allowed)"));
        }
        if (terminal == null) {
            String reason = "the rule has no forward, redirect or fixed-response action";
            p.listenerHops.add(new Hop(Hop.Step.ACTION, p.actionElementId, "unavailable", reason));
            terminal(p, RouteOutcome.UNAVAILABLE, p.lb.isApplication() ? 503 : null, null, reason);
        } else if (terminal.type() == ActionType.REDIRECT) {
            RedirectResolver.Redirect r = RedirectResolver.resolve(terminal.redirect(), p.request);
            String reason = "HTTP " + r.statusCode() + " to " + r.location();
            p.listenerHops.add(new Hop(Hop.Step.ACTION, p.actionElementId, "redirected", reason));
            terminal(p, RouteOutcome.REDIRECTED, r.statusCode(), r.location(), reason);
        } else if (terminal.type() == ActionType.FIXED_RESPONSE) {
            fixedResponse(p, terminal);
        } else {
            forward(p, terminal, scenario, nodes);
            transform(p);
        }
    }

    /** Doc §1.5: the matched rule's transforms rewrite what the target receives; a failing one answers 500. */
    private void transform(RoutePlan p) {
        ListenerRule rule = p.ruleId == null ? null : design.get(p.ruleId, ListenerRule.class);
        RuleTransformer.Result r = RuleTransformer.apply(rule, p.request.hostHeaderWithoutPort(), p.request.path(),
                p.request.query());
        p.listenerHops.addAll(r.hops());
        p.targetHost = r.host();
        p.targetPath = r.path();
        p.targetQuery = r.query();
        if (r.failure() != null && (p.terminalOutcome == null || p.lambdaFunctions != null)) {
            p.lambdaFunctions = null;
            terminal(p, RouteOutcome.UNAVAILABLE, 500, null, r.failure());
        }
    }

    private void fixedResponse(RoutePlan p, Action action) {
        Integer status;
        try {
            status = Integer.valueOf(action.fixedResponse().statusCode());
        } catch (NumberFormatException e) {
            status = null;
        }
        String body = action.fixedResponse().messageBody();
        String reason = "HTTP " + action.fixedResponse().statusCode()
                + (action.fixedResponse().contentType() == null ? "" : " " + action.fixedResponse().contentType())
                + (body == null || body.isEmpty() ? "" : ": " + shortened(body));
        p.listenerHops.add(new Hop(Hop.Step.ACTION, p.actionElementId, "fixed-response", reason));
        terminal(p, RouteOutcome.FIXED_RESPONSE, status, null, reason);
    }

    private static String shortened(String body) {
        return body.length() > 60 ? body.substring(0, 60) + "..." : body;
    }

    private void forward(RoutePlan p, Action action, SimulationScenario scenario, List<LbNode> nodes) {
        List<RoutePlan.GroupPlan> groups = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        boolean weighted = action.forward().size() > 1;
        for (WeightedTargetGroup w : action.forward()) {
            TargetGroup tg = design.get(w.targetGroupId(), TargetGroup.class);
            if (tg == null) {
                continue;
            }
            int weight = w.weight() == null ? 1 : Math.max(0, w.weight());
            TargetGroupState state = new TargetGroupState(design, p.lb, tg, zonesOf(nodes), scenario,
                    security, nodes.stream().map(LbNode::subnet).toList(), p.request);
            String algorithm = p.lb.isNetwork() ? "flow_hash"
                    : tg.attributes().getOrDefault(TargetGroupState.ALGORITHM, "round_robin");
            groups.add(new RoutePlan.GroupPlan(state, weight, algorithm, preservesClientIp(p.lb, tg)));
            p.totalWeight += weight;
            parts.add(tg.name() + (weighted ? " weight " + weight : ""));
        }
        p.groups = groups.toArray(RoutePlan.GroupPlan[]::new);
        p.flowHash = p.lb.isNetwork();
        p.listenerHops.add(new Hop(Hop.Step.ACTION, p.actionElementId, "forward", "forward to " + String.join(", ",
                parts)));
        List<String> functions = LambdaTargets.functionsOf(design, groups);
        if (!functions.isEmpty()) {
            String reason = "the ALB invokes Lambda function " + String.join(", ", functions)
                    + " with the request; the simulation does not follow the function";
            p.listenerHops.add(new Hop(Hop.Step.ACTION, p.actionElementId, "forward", reason));
            terminal(p, RouteOutcome.FORWARDED, null, null, reason);
            p.lambdaFunctions = functions;
        } else if (p.groups.length == 0) {
            String reason = "the forward action names no target group of the design";
            p.listenerHops.add(new Hop(Hop.Step.ACTION, p.actionElementId, "unavailable", reason));
            terminal(p, RouteOutcome.UNAVAILABLE, p.lb.isApplication() ? 503 : null, null, reason);
        } else if (p.totalWeight == 0) {
            String reason = "every target group of the forward action has weight 0: none takes traffic";
            p.listenerHops.add(new Hop(Hop.Step.ACTION, p.actionElementId, "unavailable", reason));
            terminal(p, RouteOutcome.UNAVAILABLE, p.lb.isApplication() ? 503 : null, null, reason);
        }
    }

    private static Set<String> zonesOf(List<LbNode> nodes) {
        Set<String> zones = new LinkedHashSet<>();
        nodes.forEach(n -> zones.add(n.zone()));
        return zones;
    }

    static void terminal(RoutePlan p, RouteOutcome outcome, Integer status, String location, String reason) {
        p.terminalOutcome = outcome;
        p.terminalStatus = status;
        p.terminalLocation = location;
        p.terminalReason = reason;
    }

    /**
     * The route to the node comes first (doc §2.1): internet clients reach an internet-facing node only in a public
     * subnet, and an internal node, which has only a private address, only from a client with a path into the VPC.
     * Then the node subnet's ACL and the load balancer's security groups, before any listener.
     */
    private AccessVerdict clientEntry(RoutePlan p, LbNode node) {
        ClientPath path = new ClientPath(topology, p.lb, node.subnet(), p.request);
        var unknownTier = topology.unknownTier(node.subnet());
        if (p.lb.internetFacing() && path.fromInternet() && unknownTier.isPresent()) {
            AccessVerdict rest = security.clientToLoadBalancer(p.lb, node.subnet(), p.request);
            List<Hop> hops = new java.util.ArrayList<>(List.of(new Hop(Hop.Step.LB_NODE, node.subnet().id(), "assumed",
                    "cannot tell whether " + node.subnet().name() + " is public (taken as public); set assumption "
                            + unknownTier.get().assumption())));
            hops.addAll(rest.hops());
            return new AccessVerdict(rest.allowed(), rest.blockedById(), rest.reason(), hops);
        }
        if (p.lb.internetFacing() && path.fromInternet() && !topology.isPublic(node.subnet())) {
            String reason = "subnet " + node.subnet().name() + " has no route to an internet gateway: internet "
                    + "clients cannot reach the node in " + node.zoneLabel();
            return new AccessVerdict(false, node.subnet().id(), reason,
                    List.of(new Hop(Hop.Step.LB_NODE, node.subnet().id(), "blocked", reason)));
        }
        if (!p.lb.internetFacing() && !path.intoVpc()) {
            String reason = path.internalUnreachable(node);
            return new AccessVerdict(false, p.lb.id(), reason,
                    List.of(new Hop(Hop.Step.LB_NODE, p.lb.id(), "blocked", reason)));
        }
        return security.clientToLoadBalancer(p.lb, node.subnet(), p.request);
    }

    /**
     * Whether an NLB target sees the client's address (doc §3.4): always over UDP and TCP_UDP (it cannot be turned
     * off), otherwise as the attribute says, by default on except for IP targets over TCP or TLS. An ALB always
     * connects from its own node.
     */
    static boolean preservesClientIp(LoadBalancer lb, TargetGroup tg) {
        if (lb.isApplication()) {
            return false;
        }
        if (tg.protocol() == Protocol.UDP || tg.protocol() == Protocol.TCP_UDP) {
            return true;
        }
        String attr = tg.attributes().get(TargetGroupState.PRESERVE_CLIENT_IP);
        if (attr != null) {
            return "true".equalsIgnoreCase(attr);
        }
        boolean ipOverTcp = tg.targetType() == TargetType.IP
                && (tg.protocol() == Protocol.TCP || tg.protocol() == Protocol.TLS);
        return !ipOverTcp;
    }
}
