package dev.archway.exporters.cfn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.archway.exporters.InputException;
import dev.archway.exporters.InputParsers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a template, JSON or YAML (told apart by content), into a tree of plain values. YAML short forms become the
 * long forms: {@code !Ref X} is {@code {"Ref": "X"}}, {@code !GetAtt A.B} is {@code {"Fn::GetAtt": ["A", "B"]}}.
 */
final class TemplateReader {
    /** {@code {"} or an empty object: JSON for sure, so a JSON error is reported as one, not retried as YAML. */
    private static final Pattern SURELY_JSON = Pattern.compile("\\A\\s*\\{\\s*[\"}]");

    private static final String NOT_UNICODE = "a string with half a UTF-16 surrogate pair (an escape such as \\ud800"
            + " that is no Unicode character)";

    private TemplateReader() {
    }

    static Map<String, Object> read(String text, Path file) throws InputException {
        Object tree;
        if (SURELY_JSON.matcher(text).find()) {
            tree = json(text, file);
        } else {
            tree = text.stripLeading().startsWith("{") ? jsonOrFlowYaml(text, file) : yaml(text, file);
        }
        Map<String, Object> template = Cfn.asMap(tree);
        if (template == null) {
            throw new InputException(file, null, "not a CloudFormation template (expected a JSON or YAML mapping)");
        }
        return template;
    }

    /** JSON; or YAML written in flow style ({@code {Resources: ...}}), which looks like JSON at first. */
    private static Object jsonOrFlowYaml(String text, Path file) throws InputException {
        try {
            return json(text, file);
        } catch (InputException notJson) {
            try {
                return yaml(text, file);
            } catch (InputException notYaml) {
                throw notJson;
            }
        }
    }

    private static Object json(String text, Path file) throws InputException {
        try {
            return normalise(JsonMapper.builder(InputParsers.jsonFactory()).build().readValue(text, Object.class),
                    "", file);
        } catch (JsonProcessingException e) {
            throw InputParsers.failure(file, e, "JSON", false);
        }
    }

    private static Object yaml(String text, Path file) throws InputException {
        Node root;
        try {
            root = new Yaml(InputParsers.loaderOptions()).compose(new java.io.StringReader(text));
        } catch (MarkedYAMLException e) {
            String where = e.getProblemMark() == null ? null : "line " + (e.getProblemMark().getLine() + 1);
            throw new InputException(file, where, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new InputException(file, null, InputParsers.isLimit(e.getMessage())
                    ? InputParsers.overLimit(e.getMessage())
                    : "not valid YAML: " + InputParsers.firstLine(e.getMessage()));
        }
        if (root == null) {
            return null;
        }
        YamlGraph.check(root, file);
        return new Converter(file).convert(root);
    }

    /** YAML nodes as plain values; throws for what CloudFormation refuses (a key twice, text that is not Unicode). */
    private record Converter(Path file) {
        Object convert(Node node) throws InputException {
            Object value = plain(node);
            String tag = node.getTag().getValue();
            if (!tag.startsWith("!") || tag.startsWith("!!")) {
                return value;
            }
            String fn = tag.substring(1);
            if (fn.equals("Ref") || fn.equals("Condition")) {
                return single(fn, value);
            }
            if (fn.equals("GetAtt") && value instanceof String s) {
                int dot = s.indexOf('.');
                return single("Fn::GetAtt", dot < 0 ? List.of(s) : List.of(s.substring(0, dot), s.substring(dot + 1)));
            }
            if (fn.equals("GetAZs") && value == null) {
                return single("Fn::GetAZs", "");
            }
            return single("Fn::" + fn, value);
        }

        private static Map<String, Object> single(String key, Object value) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(key, value);
            return m;
        }

        private Object plain(Node node) throws InputException {
            if (node instanceof MappingNode m) {
                Map<String, Object> out = new LinkedHashMap<>();
                for (NodeTuple t : m.getValue()) {
                    String key = String.valueOf(convert(t.getKeyNode()));
                    if (out.containsKey(key)) {
                        throw new InputException(file, "line " + (t.getKeyNode().getStartMark().getLine() + 1),
                                "duplicate key '" + key + "' (CloudFormation refuses a template with a key twice)");
                    }
                    out.put(key, convert(t.getValueNode()));
                }
                return out;
            }
            if (node instanceof SequenceNode s) {
                List<Object> out = new ArrayList<>();
                for (Node n : s.getValue()) {
                    out.add(convert(n));
                }
                return out;
            }
            ScalarNode scalar = (ScalarNode) node;
            String v = scalar.getValue();
            if (InputParsers.hasUnpairedSurrogate(v)) {
                throw new InputException(file, "line " + (node.getStartMark().getLine() + 1), NOT_UNICODE);
            }
            Tag tag = scalar.getTag();
            if (scalar.isPlain()) {
                if (tag.equals(Tag.NULL)) {
                    return null;
                }
                if (tag.equals(Tag.BOOL)) {
                    return bool(v);
                }
                if (tag.equals(Tag.INT)) {
                    return integer(v);
                }
                if (tag.equals(Tag.FLOAT)) {
                    return canonical(v, Double::valueOf);
                }
            }
            return v;
        }

        private static Object bool(String v) {
            String s = v.toLowerCase();
            if (s.equals("true") || s.equals("false")) {
                return Boolean.valueOf(s);
            }
            return v;
        }

        private static Object integer(String v) {
            return canonical(v, s -> {
                long n = Long.parseLong(s);
                return n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE ? (Object) (int) n : (Object) n;
            });
        }

        /**
         * A plain number whose text is the number's own ({@code 80}, {@code 0.5}) is a number; any other spelling
         * ({@code 000400}, {@code 1.10}, {@code 0x1F}) stays the text CloudFormation passes on.
         */
        private static Object canonical(String v, java.util.function.Function<String, Object> parse) {
            try {
                Object n = parse.apply(v);
                return String.valueOf(n).equals(v) ? n : v;
            } catch (NumberFormatException e) {
                return v;
            }
        }
    }

    /** JSON numbers and maps as the YAML path makes them; {@code Fn::GetAZs: null} read as {@code ""}. */
    private static Object normalise(Object value, String path, Path file) throws InputException {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String key = (String) e.getKey();
                String at = path.isEmpty() ? key : path + "." + key;
                if (InputParsers.hasUnpairedSurrogate(key)) {
                    throw new InputException(file, path.isEmpty() ? null : path, NOT_UNICODE);
                }
                out.put(key, normalise(e.getValue(), at, file));
            }
            if (out.size() == 1 && out.containsKey("Fn::GetAZs") && out.get("Fn::GetAZs") == null) {
                out.put("Fn::GetAZs", "");
            }
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < l.size(); i++) {
                out.add(normalise(l.get(i), path + "[" + i + "]", file));
            }
            return out;
        }
        if (value instanceof String text && InputParsers.hasUnpairedSurrogate(text)) {
            throw new InputException(file, path, NOT_UNICODE);
        }
        return value;
    }
}
