package dev.archway.exporters.cdk;

import dev.archway.exporters.ExportOutput;
import dev.archway.exporters.Exporter;
import dev.archway.model.Design;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code --to cdk-ts}: the same CDK app in TypeScript, laid out as {@code cdk init app --language typescript} does
 * ({@code package.json}, {@code cdk.json}, {@code tsconfig.json}, {@code bin/}, {@code lib/}).
 */
public final class CdkTsExporter implements Exporter {
    static final String TYPESCRIPT_VERSION = "~5.9.3";

    @Override
    public String id() {
        return "cdk-ts";
    }

    @Override
    public String displayName() {
        return "CDK app (TypeScript)";
    }

    @Override
    public ExportOutput render(Design design) {
        CdkStack stack = new CdkStackPlanner().plan(design);
        TsStackRenderer renderer = new TsStackRenderer(stack);
        String module = CdkNames.kebab(stack.className());
        String appName = CdkNames.kebab(CdkJavaExporter.appClassName(stack));
        Map<String, String> files = new LinkedHashMap<>();
        files.put("package.json", packageJson(appName));
        files.put("cdk.json", "{\n  \"app\": \"npx ts-node --prefer-ts-exts bin/" + appName + ".ts\"\n}\n");
        files.put("tsconfig.json", TSCONFIG);
        files.put("bin/" + appName + ".ts", renderer.appSource(module));
        files.put("lib/" + module + ".ts", renderer.stackSource());
        files.put(".gitignore", "*.js\n!jest.config.js\n*.d.ts\nnode_modules\ncdk.out\n");
        return ExportOutput.directory(files);
    }

    private static String packageJson(String appName) {
        return """
                {
                  "name": "%s",
                  "version": "0.1.0",
                  "private": true,
                  "bin": {
                    "%s": "bin/%s.js"
                  },
                  "scripts": {
                    "build": "tsc",
                    "synth": "cdk synth"
                  },
                  "devDependencies": {
                    "@types/node": "^20",
                    "aws-cdk": "^2",
                    "ts-node": "^10.9.2",
                    "typescript": "%s"
                  },
                  "dependencies": {
                    "aws-cdk-lib": "%s",
                    "constructs": "^%s"
                  }
                }
                """.formatted(appName, appName, appName, TYPESCRIPT_VERSION, CdkJavaExporter.CDK_VERSION,
                CdkJavaExporter.CONSTRUCTS_VERSION);
    }

    private static final String TSCONFIG = """
            {
              "compilerOptions": {
                "target": "ES2022",
                "module": "commonjs",
                "lib": ["es2022"],
                "declaration": true,
                "strict": true,
                "noImplicitAny": true,
                "strictNullChecks": true,
                "noImplicitThis": true,
                "alwaysStrict": true,
                "noUnusedLocals": true,
                "noUnusedParameters": false,
                "noImplicitReturns": true,
                "noFallthroughCasesInSwitch": false,
                "inlineSourceMap": true,
                "inlineSources": true,
                "experimentalDecorators": true,
                "strictPropertyInitialization": false,
                "skipLibCheck": true,
                "typeRoots": ["./node_modules/@types"]
              },
              "exclude": ["node_modules", "cdk.out"]
            }
            """;
}
