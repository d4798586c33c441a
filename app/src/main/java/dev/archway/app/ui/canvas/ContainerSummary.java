package dev.archway.app.ui.canvas;

import dev.archway.model.edit.Containment;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each container holds, in a few words, for the diagram zoomed far out: "240 services · 480 instances · 1 load
 * balancer". A target group counts as a service (each is one application behind the load balancer).
 */
final class ContainerSummary {
    private static final Map<ElementKind, String[]> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put(ElementKind.VPC, new String[] {"VPC", "VPCs"});
        WORDS.put(ElementKind.SUBNET, new String[] {"subnet", "subnets"});
        WORDS.put(ElementKind.TARGET_GROUP, new String[] {"service", "services"});
        WORDS.put(ElementKind.ECS_SERVICE, new String[] {"ECS service", "ECS services"});
        WORDS.put(ElementKind.EC2_INSTANCE, new String[] {"instance", "instances"});
        WORDS.put(ElementKind.AUTO_SCALING_GROUP, new String[] {"Auto Scaling group", "Auto Scaling groups"});
        WORDS.put(ElementKind.IP_TARGET, new String[] {"IP target", "IP targets"});
        WORDS.put(ElementKind.LOAD_BALANCER, new String[] {"load balancer", "load balancers"});
        WORDS.put(ElementKind.DB_INSTANCE, new String[] {"DB instance", "DB instances"});
    }

    private ContainerSummary() {
    }

    static Map<String, String> of(Design design) {
        Map<String, Map<ElementKind, Integer>> counts = new HashMap<>();
        for (Element e : design.elements()) {
            if (!WORDS.containsKey(e.kind())) {
                continue;
            }
            String parent = Containment.parentOf(design, e);
            for (int depth = 0; parent != null && depth < 8; depth++) {
                counts.computeIfAbsent(parent, k -> new EnumMap<>(ElementKind.class)).merge(e.kind(), 1, Integer::sum);
                Element p = design.get(parent);
                parent = p == null ? null : Containment.parentOf(design, p);
            }
        }
        Map<String, String> out = new HashMap<>();
        counts.forEach((id, byKind) -> out.put(id, words(byKind)));
        return out;
    }

    private static String words(Map<ElementKind, Integer> byKind) {
        List<String> parts = new java.util.ArrayList<>();
        for (Map.Entry<ElementKind, String[]> w : WORDS.entrySet()) {
            Integer n = byKind.get(w.getKey());
            if (n != null && parts.size() < 3) {
                parts.add(n + " " + w.getValue()[n == 1 ? 0 : 1]);
            }
        }
        return String.join(" · ", parts);
    }
}
