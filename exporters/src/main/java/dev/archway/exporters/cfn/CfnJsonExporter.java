package dev.archway.exporters.cfn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.archway.exporters.ExportOutput;
import dev.archway.exporters.Exporter;
import dev.archway.model.Design;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * {@code --to cfn-json}: the design as a CloudFormation template in JSON; beyond CloudFormation's limits, a folder
 * with a parent template and nested stacks.
 */
public final class CfnJsonExporter implements Exporter {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String id() {
        return "cfn-json";
    }

    @Override
    public String displayName() {
        return "CloudFormation template (JSON)";
    }

    @Override
    public ExportOutput render(Design design) {
        return CfnFiles.render(design, ".json", CfnJsonExporter::toJson);
    }

    static String fileName(Design design, String extension) {
        return LogicalIds.sanitize(design.name() == null ? "template" : design.name(), "Template") + extension;
    }

    static String toJson(Map<String, Object> template) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        try {
            return JSON.writer(printer).writeValueAsString(template) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
