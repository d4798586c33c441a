package dev.archway.exporters.cfn;

import dev.archway.exporters.InputException;
import dev.archway.model.Design;
import java.nio.file.Path;

/** Builds a design from a CloudFormation template. (Seam: implemented by the CloudFormation issue.) */
public final class CfnImporter {

    public Design importTemplate(Path file) throws InputException {
        throw new InputException(file, null, "CloudFormation import is not available yet");
    }
}
