package dev.archway.exporters.cdk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Identifiers of a generated app: variables, class names and file names derived from design and element names. */
final class CdkNames {
    private static final Set<String> RESERVED = Set.of("abstract", "arguments", "assert", "await", "boolean", "break",
            "byte", "case", "catch", "char", "class", "const", "continue", "debugger", "default", "delete", "do",
            "double", "else", "enum", "export", "extends", "false", "final", "finally", "float", "for", "function",
            "goto", "if", "implements", "import", "in", "instanceof", "int", "interface", "let", "long", "native",
            "new", "null", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "true", "try", "typeof", "var",
            "void", "volatile", "while", "with", "yield", "id", "scope", "props", "app", "record", "string", "number",
            "any", "object", "type", "declare", "module", "namespace",
            // members of a (nested) stack: a nested stack hands constructs on as properties of these names' class
            "node", "region", "account", "partition", "environment", "tags", "stackName", "stackId", "nested",
            "dependencies", "templateFile", "artifactId", "synthesizer", "urlSuffix", "availabilityZones");

    private final Set<String> taken = new HashSet<>();

    /** A fresh lowerCamelCase variable name for the given text, unique among the names handed out so far. */
    String variable(String text) {
        String base = lowerCamel(text);
        if (base.isEmpty() || !Character.isJavaIdentifierStart(base.charAt(0)) || RESERVED.contains(base)) {
            base = "the" + upperCamel(text);
        }
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            name = base + n;
        }
        return name;
    }

    /** {@code ShopDesign} for {@code shop design}; prefixed with {@code Design} when it would not start with a letter. */
    static String upperCamel(String text) {
        String name = joinedWords(text);
        return name.isEmpty() || !Character.isLetter(name.charAt(0)) ? "Design" + name : name;
    }

    /** {@code webAlb} for {@code WebAlb}, {@code albSg} for {@code ALBSg}. */
    static String lowerCamel(String text) {
        String upper = joinedWords(text);
        int lead = 1;
        while (lead < upper.length() && Character.isUpperCase(upper.charAt(lead))
                && (lead + 1 == upper.length() || Character.isUpperCase(upper.charAt(lead + 1)))) {
            lead++;
        }
        return upper.isEmpty() ? upper : upper.substring(0, lead).toLowerCase(Locale.ROOT) + upper.substring(lead);
    }

    /** {@code shop-stack} for {@code ShopStack}: TypeScript file names. */
    static String kebab(String upperCamel) {
        return upperCamel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** A construct id: the element name, without the path separator CDK reserves. */
    static String constructId(String name) {
        return name.replace('/', '-');
    }

    private static String joinedWords(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : words(text)) {
            boolean acronym = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
            String rest = acronym ? word.substring(1).toLowerCase(Locale.ROOT) : word.substring(1);
            out.append(Character.toUpperCase(word.charAt(0))).append(rest);
        }
        return out.toString();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String part : text.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                words.add(part);
            }
        }
        return words;
    }
}
