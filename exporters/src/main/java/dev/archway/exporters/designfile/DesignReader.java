package dev.archway.exporters.designfile;

import dev.archway.model.catalog.ElementTypes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.archway.exporters.InputException;
import dev.archway.exporters.InputLimits;
import dev.archway.exporters.InputParsers;
import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.DesignException;
import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.OpaqueResource;
import dev.archway.model.network.Subnet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads format version 1 into a new design, or fails with the first problem, naming its JSON path
 * ({@code $.elements[3].subnetId}). Nothing is returned half-read.
 */
final class DesignReader {
    private static final Set<String> TOP_LEVEL = Set.of("formatVersion", "name", "elements", "layout", "cfnExtras",
            "unhealthyTargets");
    private final Path file;
    private final List<JsonNode> elementNodes = new ArrayList<>();

    DesignReader(Path file) {
        this.file = file;
    }

    Design read(String text) throws InputException {
        ObjectNode root = parse(text);
        checkVersion(root);
        for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!TOP_LEVEL.contains(field)) {
                throw problem("$." + field, "unknown field (expected one of formatVersion, name, elements, layout, "
                        + "cfnExtras, unhealthyTargets)");
            }
        }
        Design design = new Design(text(root, "name", "$.name"));
        readElements(root.get("elements"), design);
        readLayout(root.get("layout"), design);
        readExtras(root.get("cfnExtras"), design);
        readUnhealthy(root.get("unhealthyTargets"), design);
        checkReferences(design);
        return design;
    }

    private ObjectNode parse(String text) throws InputException {
        if (text.isBlank()) {
            throw problem(null, "empty file; expected an Archway design (JSON)");
        }
        JsonNode root;
        try {
            root = DesignJson.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw InputParsers.failure(file, e, "JSON", true);
        }
        if (!(root instanceof ObjectNode object)) {
            throw problem("$", "expected a JSON object with formatVersion, name and elements");
        }
        return object;
    }

    private void checkVersion(ObjectNode root) throws InputException {
        JsonNode version = root.get("formatVersion");
        if (version == null) {
            throw problem("$.formatVersion", "missing; not an Archway design file");
        }
        if (!version.isInt() || version.intValue() != DesignJson.FORMAT_VERSION) {
            throw problem("$.formatVersion", "unsupported version " + version + "; this Archway reads version "
                    + DesignJson.FORMAT_VERSION);
        }
    }

    private String text(JsonNode parent, String field, String path) throws InputException {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw problem(path, "missing");
        }
        if (!node.isTextual()) {
            throw problem(path, "expected text, found " + JacksonProblems.describe(node));
        }
        return node.textValue();
    }

    private void readElements(JsonNode elements, Design design) throws InputException {
        if (elements == null || !elements.isArray()) {
            throw problem("$.elements", elements == null ? "missing" : "expected an array of elements");
        }
        InputLimits.current().checkElements(elements.size(), file, "$.elements");
        for (int i = 0; i < elements.size(); i++) {
            String path = "$.elements[" + i + "]";
            JsonNode node = elements.get(i);
            if (!(node instanceof ObjectNode object)) {
                throw problem(path, "expected an element object");
            }
            Element element = readElement(object, path);
            if (design.contains(element.id())) {
                throw problem(path + ".id", "duplicate id '" + element.id() + "'");
            }
            try {
                design.put(element);
            } catch (DesignException e) {
                throw problem(path + ".name", e.getMessage());
            }
            elementNodes.add(node);
        }
    }

    private Element readElement(ObjectNode node, String path) throws InputException {
        ElementKind kind = kindOf(text(node, "kind", path + ".kind"), path + ".kind");
        ObjectNode fields = node.deepCopy();
        fields.remove("kind");
        Element element = JacksonProblems.convert(fields, ElementTypes.of(kind), path, file);
        if (element.id() == null || element.id().isBlank()) {
            throw problem(path + ".id", "missing");
        }
        if (element.name() == null || element.name().isBlank()) {
            throw problem(path + ".name", "missing");
        }
        requireWhatCloudFormationRequires(element, path);
        return element;
    }

    /** A field the export cannot do without is refused here, naming the element, rather than failing the export. */
    private void requireWhatCloudFormationRequires(Element element, String path) throws InputException {
        if (element instanceof OpaqueResource opaque && (opaque.cfnType() == null || opaque.cfnType().isBlank())) {
            throw problem(path + ".cfnType", "missing: " + element.name() + " needs its CloudFormation resource type "
                    + "(AWS::Service::Resource)");
        }
        if (element instanceof Subnet subnet && (subnet.vpcId() == null || subnet.vpcId().isBlank())) {
            throw problem(path + ".vpcId", "missing: subnet " + element.name() + " needs its VPC (VpcId is required"
                    + " by CloudFormation)");
        }
    }

    private ElementKind kindOf(String kind, String path) throws InputException {
        try {
            return ElementKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw problem(path, "unknown kind '" + kind + "' (expected one of "
                    + String.join(", ", Arrays.stream(ElementKind.values()).map(Enum::name).toList()) + ")");
        }
    }

    private void readLayout(JsonNode layout, Design design) throws InputException {
        if (layout == null) {
            return;
        }
        if (!layout.isObject()) {
            throw problem("$.layout", "expected an object of element ids to bounds");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = layout.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            String path = "$.layout." + entry.getKey();
            if (!design.contains(entry.getKey())) {
                throw problem(path, "places '" + entry.getKey() + "', which is not in the design");
            }
            design.setBounds(entry.getKey(), JacksonProblems.convert(entry.getValue(), Bounds.class, path, file));
        }
    }

    @SuppressWarnings("unchecked")
    private void readExtras(JsonNode extras, Design design) throws InputException {
        if (extras == null) {
            return;
        }
        if (!extras.isObject()) {
            throw problem("$.cfnExtras", "expected an object of element ids to CloudFormation properties");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = extras.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            String path = "$.cfnExtras." + entry.getKey();
            if (!design.contains(entry.getKey())) {
                throw problem(path, "keeps properties of '" + entry.getKey() + "', which is not in the design");
            }
            if (!entry.getValue().isObject()) {
                throw problem(path, "expected an object of CloudFormation properties");
            }
            design.setCfnExtras(entry.getKey(), JacksonProblems.convert(entry.getValue(), LinkedHashMap.class, path, file));
        }
    }

    private void readUnhealthy(JsonNode targets, Design design) throws InputException {
        if (targets == null) {
            return;
        }
        if (!targets.isArray()) {
            throw problem("$.unhealthyTargets", "expected an array of element ids");
        }
        Set<String> ids = new java.util.TreeSet<>();
        for (int i = 0; i < targets.size(); i++) {
            JsonNode id = targets.get(i);
            if (!id.isTextual() || !dev.archway.model.simulation.ScenarioNames.isTargetKey(design, id.textValue())) {
                throw problem("$.unhealthyTargets[" + i + "]", "expected the id of an element in the design");
            }
            ids.add(id.textValue());
        }
        design.setUnhealthyTargets(ids);
    }

    /** Every reference must resolve; the first that does not is reported where the file holds it. */
    private void checkReferences(Design design) throws InputException {
        int i = 0;
        for (JsonNode node : elementNodes) {
            Element element = design.get(node.get("id").textValue());
            for (String ref : element.references()) {
                if (!design.contains(ref)) {
                    String inner = JacksonProblems.pathOfText(node, ref);
                    String place = "$.elements[" + i + "]" + (inner == null ? "" : inner);
                    throw problem(place, ref == null ? element.name() + " has an empty reference (null)"
                            : element.name() + " refers to '" + ref + "', which is not in the design");
                }
            }
            i++;
        }
    }

    private InputException problem(String place, String message) {
        return new InputException(file, place, message);
    }
}
