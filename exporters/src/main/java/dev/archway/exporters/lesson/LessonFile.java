package dev.archway.exporters.lesson;

import dev.archway.model.catalog.ElementTypes;
import com.fasterxml.jackson.databind.JsonNode;
import dev.archway.exporters.InputException;
import dev.archway.exporters.InputFiles;
import dev.archway.exporters.InputKind;
import dev.archway.exporters.InputParsers;
import dev.archway.model.ElementFields;
import dev.archway.model.ElementKind;
import dev.archway.model.lesson.Check;
import dev.archway.model.lesson.Check.CheckType;
import dev.archway.model.lesson.Lesson;
import dev.archway.model.lesson.LessonStep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads lesson files (YAML or JSON; the format is in docs/lesson-format.md). A broken lesson is refused with one
 * line naming the file and the place ({@code steps[2].checks[0]}).
 */
public final class LessonFile {
    private static final Set<String> CHECK_KEYS = Set.of("noFinding", "finding", "request", "query", "count");
    private static final Set<String> OPTION_KEYS = Set.of("on", "failAz", "header", "sourceIp", "lb", "unhealthy",
            "app", "cluster", "using", "failWriter", "requests", "tolerance", "where", "min", "expect", "failure");
    private static final int MAX_REQUESTS = 100_000;

    private LessonFile() {
    }

    public static Lesson read(Path file) throws InputException {
        return parse(InputFiles.read(file, InputKind.LESSON), file);
    }

    public static Lesson parse(String text, Path file) throws InputException {
        JsonNode root = InputParsers.yamlTree(text, file);
        return new Reader(file).lesson(root);
    }

    private record Reader(Path file) {

        Lesson lesson(JsonNode root) throws InputException {
            if (root == null || !root.isObject()) {
                throw fail("", "a lesson is a mapping with id, title and steps");
            }
            JsonNode version = root.path("formatVersion");
            if (!version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() != 1) {
                throw fail("formatVersion", "unsupported lesson format version "
                        + (root.has("formatVersion") ? root.get("formatVersion").asText() : "(missing)")
                        + "; this Archway reads version 1");
            }
            JsonNode steps = root.path("steps");
            if (!steps.isArray() || steps.isEmpty()) {
                throw fail("steps", "a lesson needs at least one step");
            }
            List<LessonStep> parsed = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                parsed.add(step(steps.get(i), "steps[" + i + "]"));
            }
            return new Lesson(text(root, "id", ""), text(root, "title", ""), optional(root, "summary"),
                    text(root, "startDesign", ""), optional(root, "solutionDesign"), parsed);
        }

        LessonStep step(JsonNode node, String at) throws InputException {
            JsonNode checks = node.path("checks");
            if (!checks.isArray() || checks.isEmpty()) {
                throw fail(at + ".checks", "a step needs at least one check");
            }
            List<Check> parsed = new ArrayList<>();
            for (int i = 0; i < checks.size(); i++) {
                parsed.add(check(checks.get(i), at + ".checks[" + i + "]"));
            }
            return new LessonStep(text(node, "title", at), text(node, "explanation", at), text(node, "task", at),
                    strings(node.path("hints"), at + ".hints"), parsed);
        }

        Check check(JsonNode node, String at) throws InputException {
            List<String> kinds = new ArrayList<>();
            node.fieldNames().forEachRemaining(k -> {
                if (CHECK_KEYS.contains(k)) {
                    kinds.add(k);
                }
            });
            if (kinds.size() != 1) {
                throw fail(at, "a check has exactly one of " + CHECK_KEYS + ", found " + kinds);
            }
            for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                String key = it.next();
                if (!CHECK_KEYS.contains(key) && !OPTION_KEYS.contains(key)) {
                    throw fail(at + "." + key, "unknown key; a check may have " + OPTION_KEYS);
                }
            }
            String kind = kinds.get(0);
            CheckType type = switch (kind) {
                case "noFinding" -> CheckType.NO_FINDING;
                case "finding" -> CheckType.FINDING;
                case "request" -> CheckType.REQUEST;
                case "query" -> CheckType.QUERY;
                default -> CheckType.COUNT;
            };
            Map<String, List<String>> options = new LinkedHashMap<>();
            for (String key : List.of("failAz", "header", "sourceIp", "lb", "unhealthy", "app", "cluster", "using",
                    "failWriter", "requests", "tolerance")) {
                if (node.has(key)) {
                    options.put(key, strings(node.get(key), at + "." + key));
                }
            }
            Map<String, String> expect = new LinkedHashMap<>(scalars(node.path("expect"), at + ".expect"));
            if (type == CheckType.COUNT) {
                Map<String, String> where = scalars(node.path("where"), at + ".where");
                checkCountable(node.get(kind).asText(), where.keySet(), at);
                where.forEach((k, v) -> options.put(k, List.of(v)));
                expect.put("min", node.path("min").asText("1"));
            }
            if ((type == CheckType.REQUEST || type == CheckType.QUERY) && expect.isEmpty()) {
                throw fail(at + ".expect", "a " + kind + " check needs expect: the answer it wants");
            }
            spreadOptions(node, type, kind, at);
            if (type == CheckType.REQUEST || type == CheckType.QUERY) {
                expectFields(expect, type == CheckType.REQUEST ? Check.REQUEST_FIELDS : Check.QUERY_FIELDS, kind,
                        at + ".expect");
            }
            return new Check(type, text(node, kind, at), optional(node, "on"), options, expect,
                    optional(node, "failure") == null ? defaultFailure(type, node.get(kind).asText())
                            : node.get("failure").asText());
        }

        /** A count names a kind of the design format, and {@code where} only properties that kind has. */
        private void checkCountable(String kindName, Set<String> properties, String at) throws InputException {
            ElementKind elementKind = Arrays.stream(ElementKind.values()).filter(k -> k.name().equals(kindName))
                    .findFirst().orElseThrow(() -> fail(at + ".count", "no element kind '" + kindName + "'; kinds are "
                            + Arrays.toString(ElementKind.values())));
            List<String> known = ElementFields.names(ElementTypes.of(elementKind));
            for (String property : properties) {
                if (!known.contains(property)) {
                    throw fail(at + ".where." + property, "a " + kindName + " has no property '" + property
                            + "'; it has " + known);
                }
            }
        }

        /** {@code requests: N} (1 to 100000 clients) and {@code tolerance: P} (0 to 100 points): simulations only. */
        private void spreadOptions(JsonNode node, CheckType type, String kind, String at) throws InputException {
            boolean simulated = type == CheckType.REQUEST || type == CheckType.QUERY;
            for (String key : List.of("requests", "tolerance")) {
                if (node.has(key) && !simulated) {
                    throw fail(at + "." + key, "only request and query checks simulate clients, not a " + kind
                            + " check");
                }
            }
            JsonNode requests = node.get("requests");
            if (requests != null && (!requests.canConvertToInt() || !requests.isIntegralNumber()
                    || requests.asInt() < 1 || requests.asInt() > MAX_REQUESTS)) {
                throw fail(at + ".requests", "'" + requests.asText() + "' is not a whole number from 1 to "
                        + MAX_REQUESTS);
            }
            JsonNode tolerance = node.get("tolerance");
            if (tolerance != null && !percentage(tolerance.asText(), true)) {
                throw fail(at + ".tolerance", "'" + tolerance.asText()
                        + "' is not a number of percentage points from 0 to 100");
            }
        }

        /** Every expected field is one the simulator answers; a share is written as a percentage. */
        private void expectFields(Map<String, String> expect, Set<String> fields, String kind, String at)
                throws InputException {
            for (Map.Entry<String, String> e : expect.entrySet()) {
                String field = e.getKey();
                boolean share = field.startsWith(Check.SHARE_PREFIX) && field.length() > Check.SHARE_PREFIX.length();
                if (!share && !fields.contains(field)) {
                    throw fail(at + "." + field, "a " + kind + " check cannot expect '" + field + "'; it answers "
                            + fields.stream().sorted().toList() + " and " + Check.SHARE_PREFIX + "NAME");
                }
                if (share && !percentage(e.getValue(), false)) {
                    throw fail(at + "." + field, "'" + e.getValue() + "' is not a share: write a percentage such "
                            + "as 25% or 16.67%");
                }
            }
        }

        /** {@code 25%}, {@code 16.67%} (the % optional for a tolerance), from 0 to 100. */
        private static boolean percentage(String text, boolean bareNumberAllowed) {
            String pattern = bareNumberAllowed ? "\\d+(\\.\\d+)?%?" : "\\d+(\\.\\d+)?%";
            return text != null && text.matches(pattern)
                    && Double.parseDouble(text.replace("%", "")) <= 100;
        }

        private static String defaultFailure(CheckType type, String subject) {
            return switch (type) {
                case NO_FINDING -> "the design still has a " + subject + " finding";
                case FINDING -> "the design has no " + subject + " finding yet";
                case REQUEST -> "the request " + subject + " does not go where it should";
                case QUERY -> "the database " + subject + " does not go where it should";
                default -> "the design lacks a " + subject;
            };
        }

        private String text(JsonNode node, String key, String at) throws InputException {
            JsonNode value = node.get(key);
            if (value == null || !value.isValueNode() || value.asText().isBlank()) {
                throw fail(at.isEmpty() ? key : at + "." + key, "missing or empty");
            }
            return value.asText();
        }

        private static String optional(JsonNode node, String key) {
            JsonNode value = node.get(key);
            return value == null || value.isNull() ? null : value.asText();
        }

        private List<String> strings(JsonNode node, String at) throws InputException {
            if (node.isMissingNode() || node.isNull()) {
                return List.of();
            }
            if (node.isValueNode()) {
                return List.of(node.asText());
            }
            if (!node.isArray()) {
                throw fail(at, "expected a value or a list of values");
            }
            List<String> out = new ArrayList<>();
            for (JsonNode item : node) {
                if (!item.isValueNode()) {
                    throw fail(at, "expected a list of values");
                }
                out.add(item.asText());
            }
            return out;
        }

        private Map<String, String> scalars(JsonNode node, String at) throws InputException {
            Map<String, String> out = new LinkedHashMap<>();
            if (node.isMissingNode() || node.isNull()) {
                return out;
            }
            if (!node.isObject()) {
                throw fail(at, "expected a mapping of field: value");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isValueNode()) {
                    throw fail(at + "." + e.getKey(), "expected a single value");
                }
                out.put(e.getKey(), e.getValue().asText());
            }
            return out;
        }

        private InputException fail(String place, String problem) {
            return new InputException(file, place.isEmpty() ? null : place, problem);
        }
    }
}
