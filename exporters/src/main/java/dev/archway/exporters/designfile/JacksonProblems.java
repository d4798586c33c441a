package dev.archway.exporters.designfile;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.archway.exporters.InputException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;

/** Turns Jackson's binding failures into one line with a JSON path, the way a user would want to read them. */
final class JacksonProblems {
    private JacksonProblems() {
    }

    static <T> T convert(JsonNode node, Class<T> type, String basePath, Path file) throws InputException {
        try {
            return DesignJson.MAPPER.treeToValue(node, type);
        } catch (JsonMappingException e) {
            throw new InputException(file, basePath + pathOf(e), problemOf(e), e);
        } catch (IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InputException(file, basePath, firstLine(e.getMessage()), e);
        }
    }

    static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static String problemOf(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown property '" + u.getPropertyName() + "'";
        }
        if (e instanceof InvalidFormatException f) {
            return "'" + f.getValue() + "' is not " + describe(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + describe(m.getTargetType());
        }
        if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            return firstLine(v.getCause().getMessage());
        }
        return firstLine(e.getOriginalMessage());
    }

    static String describe(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (type.isEnum()) {
            return "one of " + String.join(", ", Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList());
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    static String describe(JsonNode node) {
        return node.getNodeType().name().toLowerCase() + " " + firstLine(node.toString());
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }

    /**
     * The relative JSON path of the first text value equal to {@code text} inside {@code node}, or of the first null
     * when {@code text} is null (null if none).
     */
    static String pathOfText(JsonNode node, String text) {
        if (node.isTextual() || node.isNull()) {
            return java.util.Objects.equals(text, node.textValue()) ? "" : null;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String inner = pathOfText(node.get(i), text);
                if (inner != null) {
                    return "[" + i + "]" + inner;
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getKey().equals("id")) {
                String inner = pathOfText(field.getValue(), text);
                if (inner != null) {
                    return "." + field.getKey() + inner;
                }
            }
        }
        return null;
    }
}
