package dev.archway.app.cli.output;

import dev.archway.model.rule.Finding;
import dev.archway.model.rule.Rule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.Rules;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings as SARIF 2.1.0 for code-scanning UIs: one run, every registered rule in the driver (so rule indexes are
 * stable), one result per finding located at the file, with the resources as logical locations.
 */
public final class SarifFindingsWriter implements FindingsWriter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    @Override
    public void write(String file, List<Finding> findings, PrintWriter out) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver()));
        run.put("results", findings.stream().map(f -> result(file, f)).toList());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        root.put("runs", List.of(run));
        out.println(JsonOutput.write(root));
        out.flush();
    }

    private static Map<String, Object> driver() {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            RuleInfo info = rule.info();
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", info.id());
            r.put("shortDescription", Map.of("text", info.title()));
            r.put("fullDescription", Map.of("text", info.explanation()));
            r.put("helpUri", info.docUrl());
            r.put("defaultConfiguration", Map.of("level", level(info.severity())));
            rules.add(r);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "archway");
        driver.put("rules", rules);
        return driver;
    }

    private static Map<String, Object> result(String file, Finding f) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ruleId", f.ruleId());
        int index = ruleIndex(f.ruleId());
        if (index >= 0) {
            result.put("ruleIndex", index);
        }
        result.put("level", level(f.severity()));
        result.put("message", Map.of("text", f.message()));
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("physicalLocation", Map.of("artifactLocation", Map.of("uri", uriReference(file))));
        location.put("logicalLocations", f.resourceNames().stream().map(SarifFindingsWriter::logicalLocation).toList());
        result.put("locations", List.of(location));
        f.fix().ifPresent(fix -> result.put("properties", Map.of("fix", fix.label())));
        return result;
    }

    /**
     * The file as a URI reference (RFC 3986): a relative path stays relative, with spaces, {@code #}, {@code %} and
     * non-ASCII percent-encoded; an absolute path is a {@code file:} URI.
     */
    static String uriReference(String file) {
        String path = file.replace('\\', '/');
        if (path.startsWith("/")) {
            return java.nio.file.Path.of(file).toUri().toASCIIString();
        }
        try {
            String encoded = new java.net.URI(null, null, path, null).toASCIIString();
            int slash = encoded.indexOf('/');
            return encoded.substring(0, slash < 0 ? encoded.length() : slash).contains(":") ? "./" + encoded : encoded;
        } catch (java.net.URISyntaxException e) {
            return path;
        }
    }

    private static Map<String, Object> logicalLocation(String name) {
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("name", name);
        location.put("kind", "resource");
        return location;
    }

    private static int ruleIndex(String id) {
        List<Rule> rules = Rules.all();
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).info().id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    static String level(Severity severity) {
        switch (severity) {
            case ERROR:
                return "error";
            case WARNING:
                return "warning";
            default:
                return "note";
        }
    }
}
