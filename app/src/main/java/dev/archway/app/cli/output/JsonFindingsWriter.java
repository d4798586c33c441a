package dev.archway.app.cli.output;

import dev.archway.model.rule.Finding;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings for tools: {@code {"findings":[{"rule","severity","resources","message","fix"}],"summary":{...}}};
 * {@code fix} is the fix's label or null.
 */
public final class JsonFindingsWriter implements FindingsWriter {

    @Override
    public void write(String file, List<Finding> findings, PrintWriter out) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("rule", f.ruleId());
            item.put("severity", f.severity().label());
            item.put("resources", f.resourceNames());
            item.put("message", f.message());
            item.put("fix", f.fix().map(fix -> fix.label()).orElse(null));
            items.add(item);
        }
        FindingCounts counts = FindingCounts.of(findings);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("file", file);
        summary.put("errors", counts.errors());
        summary.put("warnings", counts.warnings());
        summary.put("info", counts.infos());
        summary.put("total", counts.total());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("findings", items);
        root.put("summary", summary);
        out.println(JsonOutput.write(root));
        out.flush();
    }
}
