package dev.archway.exporters.cfn;

import java.util.Map;

/** The README of a nested-stacks export: what the files are, how to deploy them, and the stacks with their sizes. */
final class NestedStacksReadme {
    private NestedStacksReadme() {
    }

    static String write(String designName, StackSplit.Split split, String extension) {
        String parent = CfnFiles.PARENT + extension;
        String packaged = "packaged" + extension;
        StringBuilder out = new StringBuilder();
        out.append("# ").append(designName).append(" as nested CloudFormation stacks\n\n")
                .append("The design needs more than one CloudFormation template can hold (500 resources, 200 ")
                .append("parameters, 200 outputs, 1 MB), so Archway wrote a parent template, `").append(parent)
                .append("`, with one `AWS::CloudFormation::Stack` per part of the design under `stacks/`. Values ")
                .append("one stack takes from another travel as that stack's Outputs and the other's Parameters, ")
                .append("wired in the parent.\n\n## Deploy\n\n")
                .append("`aws cloudformation package` uploads the nested templates to an S3 bucket you own and ")
                .append("writes a copy of the parent whose `TemplateURL`s point at them; `aws cloudformation deploy` ")
                .append("then creates or updates the whole set as one stack. Pass `--s3-bucket` to `deploy` too: ")
                .append("a template larger than 51,200 bytes must be uploaded to S3 first.\n\n```sh\n")
                .append("aws cloudformation package --template-file ").append(parent)
                .append(" --s3-bucket BUCKET --output-template-file ").append(packaged).append('\n')
                .append("aws cloudformation deploy --template-file ").append(packaged)
                .append(" --stack-name STACK --s3-bucket BUCKET").append(capabilities(split)).append("\n```\n\n")
                .append(capabilitiesNote(split))
                .append("Keep the folder together: the `TemplateURL`s are paths relative to `").append(parent)
                .append("`. To open the design again, import this folder (or `").append(parent)
                .append("`) with `archway import`.\n\n## Stacks\n\n| stack | template | resources |\n|---|---|---|\n");
        Map<String, Object> stacks = Cfn.asMap(Cfn.asMap(Cfn.asMap(split.parent().get("Metadata"))
                .get(CfnMetadata.KEY)).get(StackSplit.STACKS));
        int total = 0;
        for (Map.Entry<String, Object> stack : stacks.entrySet()) {
            String file = (String) stack.getValue();
            int resources = CfnFiles.size(split.children().get(file), "Resources");
            total += resources;
            out.append("| ").append(stack.getKey()).append(" | `").append(file).append("` | ").append(resources)
                    .append(" |\n");
        }
        out.append("| **all** | | **").append(total).append("** |\n");
        return out.toString();
    }

    /** IAM resources (kept from an imported template) need IAM capabilities; a Transform needs AUTO_EXPAND. */
    private static String capabilities(StackSplit.Split split) {
        boolean iam = split.children().values().stream().anyMatch(NestedStacksReadme::hasIamResource);
        boolean transform = split.children().values().stream().anyMatch(t -> t.get("Transform") != null);
        String out = (iam ? " CAPABILITY_IAM CAPABILITY_NAMED_IAM" : "") + (transform ? " CAPABILITY_AUTO_EXPAND" : "");
        return out.isEmpty() ? "" : " --capabilities" + out;
    }

    private static String capabilitiesNote(StackSplit.Split split) {
        if (!capabilities(split).isEmpty()) {
            return "The `--capabilities` acknowledge what the stacks contain: IAM resources need the IAM "
                    + "capabilities (nested stacks included), a Transform (macro) needs `CAPABILITY_AUTO_EXPAND`.\n\n";
        }
        return "The stacks create no IAM resources and use no macros, so `deploy` needs no `--capabilities`.\n\n";
    }

    private static boolean hasIamResource(Map<String, Object> template) {
        return Cfn.asMap(template.get("Resources")).values().stream()
                .anyMatch(r -> String.valueOf(Cfn.asMap(r).get("Type")).startsWith("AWS::IAM::"));
    }
}
