package dev.archway.exporters.cfn;

import dev.archway.exporters.ExportOutput;
import dev.archway.exporters.Exporter;
import dev.archway.model.Design;

/**
 * {@code --to cfn-yaml}: the design as a CloudFormation template in YAML with short-form intrinsics; beyond
 * CloudFormation's limits, a folder with a parent template and nested stacks.
 */
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
        return CfnFiles.render(design, ".yaml", CfnYamlWriter::write);
    }
}
