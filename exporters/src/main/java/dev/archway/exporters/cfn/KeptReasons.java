package dev.archway.exporters.cfn;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.OpaqueResource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Why each resource an import keeps as it is stayed opaque, for {@code archway import --explain} and the GUI:
 * where in the template modelling stopped ({@code Resources.Alb.Properties.Subnets: Fn::If [...]: ...}), or that the
 * model does not draw the type at all. Kept in the opaque element's CloudFormation extras under {@link #KEY}, which
 * export does not write.
 */
public final class KeptReasons {
    public static final String KEY = "Archway::WhyKept";
    /** Types the importer models (their resources become elements or parts of one). */
    private static final Set<String> MODELLED_PREFIXES = Set.of("AWS::EC2::VPC", "AWS::EC2::Subnet",
            "AWS::EC2::RouteTable", "AWS::EC2::Route", "AWS::EC2::SecurityGroup", "AWS::EC2::InternetGateway",
            "AWS::EC2::NatGateway", "AWS::EC2::NetworkAcl", "AWS::EC2::Instance", "AWS::EC2::EIP",
            "AWS::ElasticLoadBalancingV2::", "AWS::ECS::Service", "AWS::ECS::Cluster", "AWS::ECS::TaskDefinition",
            "AWS::RDS::DB", "AWS::Route53::HostedZone", "AWS::Route53::RecordSet",
            "AWS::CertificateManager::Certificate");

    private KeptReasons() {
    }

    static void record(ImportContext cx, Design design, List<Element> all) {
        Map<String, String> lidOf = new LinkedHashMap<>();
        cx.resources.keySet().stream().filter(cx::isFree).forEach(lid -> lidOf.put(cx.elementId(lid), lid));
        for (Element e : all) {
            String lid = lidOf.get(e.id());
            if (e instanceof OpaqueResource o && lid != null && design.contains(e.id())) {
                Map<String, Object> extras = cx.extras.computeIfAbsent(e.id(), k -> new LinkedHashMap<>());
                extras.put(KEY, "Resources." + lid + reason(cx, lid, o.cfnType()));
            }
        }
    }

    private static String reason(ImportContext cx, String lid, String type) {
        String why = cx.whyKept.get(lid);
        if (why != null) {
            return why.startsWith("Properties.") ? "." + why : ": " + why;
        }
        boolean modelled = MODELLED_PREFIXES.stream().anyMatch(type::startsWith);
        return modelled ? ": none of its forms the model draws applies (kept as written)"
                : ": " + type + " is not a type the model draws";
    }

    /** The reasons of a design's kept resources, by element name, in design order. */
    public static Map<String, String> of(Design design) {
        Map<String, String> out = new LinkedHashMap<>();
        for (OpaqueResource o : design.all(OpaqueResource.class)) {
            Object why = design.cfnExtras(o.id()).get(KEY);
            if (why != null) {
                out.put(o.name(), String.valueOf(why));
            }
        }
        return out;
    }
}
