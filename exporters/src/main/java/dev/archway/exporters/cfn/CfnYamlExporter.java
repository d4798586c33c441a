package dev.archway.exporters.cfn;

import dev.archway.exporters.ExportOutput;
import dev.archway.exporters.Exporter;
import dev.archway.model.Design;

/** {@code --to cfn-yaml}: the design as a CloudFormation template in YAML with short-form intrinsics. */
public final class CfnYamlExporter implements Exporter {

    @Override
    public String id() {
        return "cfn-yaml";
    }

    @Override
    public String displayName() {
        return "CloudFormation template (YAML)";
    }

    @Override
    public ExportOutput render(Design design) {
        return ExportOutput.singleFile(CfnJsonExporter.fileName(design, ".yaml"),
                CfnYamlWriter.write(new CfnTemplateExporter().export(design)));
    }
}
