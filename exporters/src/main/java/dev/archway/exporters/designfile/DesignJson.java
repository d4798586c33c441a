package dev.archway.exporters.designfile;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.archway.exporters.InputParsers;
import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.Element;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The design file's JSON mapping. The model carries no annotations: records are read through their canonical
 * constructors and written from their fields, so derived accessors ({@code isPublic()}, {@code label()}) never
 * leak into the file. Writing is stable: elements by kind then name, maps by key, two-space indentation.
 */
final class DesignJson {
    static final int FORMAT_VERSION = 1;
    static final ObjectMapper MAPPER = mapper();
    private static final ObjectWriter WRITER = MAPPER.writer(printer());
    private static final Comparator<Element> FILE_ORDER = Comparator.comparing(Element::kind)
            .thenComparing(Element::name).thenComparing(Element::id);

    private DesignJson() {
    }

    private static ObjectMapper mapper() {
        JsonMapper mapper = JsonMapper.builder(InputParsers.jsonFactory())
                .visibility(PropertyAccessor.ALL, Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, Visibility.ANY)
                .visibility(PropertyAccessor.CREATOR, Visibility.ANY)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
        JsonInclude.Value nonEmpty = JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_NULL);
        mapper.configOverride(List.class).setInclude(nonEmpty);
        mapper.configOverride(Map.class).setInclude(nonEmpty);
        return mapper;
    }

    private static DefaultPrettyPrinter printer() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(new DefaultIndenter("  ", "\n"));
        printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
        return printer;
    }

    static String toJson(Design design) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("name", design.name());
        var elements = root.putArray("elements");
        design.elements().stream().sorted(FILE_ORDER).forEach(e -> elements.add(elementNode(e)));
        if (!design.layout().isEmpty()) {
            ObjectNode layout = root.putObject("layout");
            new TreeMap<String, Bounds>(design.layout()).forEach((id, b) -> layout.set(id, MAPPER.valueToTree(b)));
        }
        if (!design.allCfnExtras().isEmpty()) {
            root.set("cfnExtras", MAPPER.valueToTree(new TreeMap<>(design.allCfnExtras())));
        }
        if (!design.unhealthyTargets().isEmpty()) {
            root.set("unhealthyTargets", MAPPER.valueToTree(design.unhealthyTargets()));
        }
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("the design cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static ObjectNode elementNode(Element e) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("kind", e.kind().name());
        node.setAll((ObjectNode) MAPPER.valueToTree(e));
        return node;
    }
}
