package dev.archway.exporters;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The JSON and YAML parsers every reader uses, configured with {@link InputLimits}: nesting depth, string length,
 * YAML aliases, and duplicate keys refused (CloudFormation refuses them too). Limits are read when a parser is made,
 * so a property set on the command line ({@code java -Darchway.limit.depth=400 -jar ...}) applies.
 */
public final class InputParsers {
    private InputParsers() {
    }

    public static JsonFactory jsonFactory() {
        return JsonFactory.builder().streamReadConstraints(constraints())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    /** A YAML (or JSON) document as a tree; a broken one is one line naming the file and the place. */
    public static JsonNode yamlTree(String text, Path file) throws InputException {
        try {
            return new ObjectMapper(yamlFactory()).readTree(text);
        } catch (JsonProcessingException e) {
            throw failure(file, e, "YAML or JSON", false);
        }
    }

    public static YAMLFactory yamlFactory() {
        return YAMLFactory.builder().loaderOptions(loaderOptions()).streamReadConstraints(constraints())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    public static LoaderOptions loaderOptions() {
        InputLimits limits = InputLimits.current();
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxDepth());
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, InputKind.DESIGN.maxBytes()));
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        return options;
    }

    private static StreamReadConstraints constraints() {
        InputLimits limits = InputLimits.current();
        return StreamReadConstraints.builder().maxNestingDepth(limits.maxDepth())
                .maxStringLength(limits.maxStringLength()).maxNumberLength(1000).build();
    }

    /** A parser's failure as one line: {@code what} ("JSON", "YAML or JSON") names the syntax expected. */
    public static InputException failure(Path file, JsonProcessingException e, String what, boolean withColumn) {
        String place = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? null
                : "line " + e.getLocation().getLineNr()
                        + (withColumn ? ", column " + e.getLocation().getColumnNr() : "");
        String problem = e instanceof StreamConstraintsException limit ? overLimit(limit.getOriginalMessage())
                : "not valid " + what + ": " + firstLine(e.getOriginalMessage());
        return new InputException(file, place, problem, e);
    }

    /** True when a parser's message is one of its limits rather than a syntax error. */
    public static boolean isLimit(String parserMessage) {
        String text = String.valueOf(parserMessage);
        return text.contains("Number of aliases") || text.contains("Nesting Depth exceeded");
    }

    /** A limit's refusal, naming the property that raises it. */
    public static String overLimit(String jacksonMessage) {
        String text = String.valueOf(jacksonMessage);
        if (text.contains("Number of aliases")) {
            return "more than " + InputLimits.current().maxAliases() + " YAML aliases of collections (raise the limit"
                    + " with -Darchway.limit.aliases=N)";
        }
        if (text.toLowerCase(java.util.Locale.ROOT).contains("nesting depth")) {
            return "nested deeper than the limit of " + InputLimits.current().maxDepth()
                    + " (raise it with -Darchway.limit.depth=N)";
        }
        if (text.contains("String value length")) {
            return "a string longer than the limit of " + InputLimits.current().maxStringLength()
                    + " characters (raise it with -Darchway.limit.string=N)";
        }
        return "over a limit: " + firstLine(text);
    }

    public static String firstLine(String message) {
        String text = String.valueOf(message).strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }

    /** True when {@code text} holds half a surrogate pair: no Unicode character, and no UTF-8 file can hold it. */
    public static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
