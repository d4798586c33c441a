package dev.archway.exporters.cdk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * aws-cdk-lib, constructs and the TypeScript compiler from npm, installed once into a cache folder under target/
 * (reused while its package versions match), for type-checking generated TypeScript apps.
 */
final class TypeScriptToolchain {
    static final Path HOME = Path.of("target", "cdk-ts-toolchain").toAbsolutePath();

    private TypeScriptToolchain() {
    }

    /** The installed node_modules folder; skips the test when npm is missing (fails instead when CI=true). */
    static Path nodeModules() throws IOException, InterruptedException {
        boolean present = NodeTools.runs("npm", "--version") && NodeTools.runs("node", "--version");
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("npm and node are required on CI to type-check CDK TypeScript apps");
        }
        Assumptions.assumeTrue(present, "npm is not on PATH: skipping the TypeScript type check of CDK apps");
        Path modules = HOME.resolve("node_modules");
        String wanted = "\"version\": \"" + CdkJavaExporter.CDK_VERSION + "\"";
        Path cdkPackage = modules.resolve("aws-cdk-lib/package.json");
        if (Files.exists(cdkPackage) && Files.readString(cdkPackage).contains(wanted)
                && Files.exists(modules.resolve("typescript/bin/tsc"))) {
            return modules;
        }
        Files.createDirectories(HOME);
        Files.writeString(HOME.resolve("package.json"), "{ \"name\": \"cdk-ts-toolchain\", \"private\": true }\n");
        Path log = HOME.resolve("npm-install.log");
        Process npm = new ProcessBuilder(List.of("npm", "install", "--no-audit", "--no-fund", "--prefix",
                HOME.toString(), "aws-cdk-lib@" + CdkJavaExporter.CDK_VERSION,
                "constructs@^" + CdkJavaExporter.CONSTRUCTS_VERSION, "typescript@" + CdkTsExporter.TYPESCRIPT_VERSION,
                "@types/node@^20")).directory(HOME.toFile()).redirectErrorStream(true).redirectOutput(log.toFile())
                .start();
        boolean done = npm.waitFor(10, TimeUnit.MINUTES);
        assertTrue(done && npm.exitValue() == 0, "npm install failed:\n" + Files.readString(log));
        return modules;
    }

    /** Runs {@code tsc --noEmit -p project}; returns its exit code and output. */
    static Result typeCheck(Path nodeModules, Path project) throws IOException, InterruptedException {
        Path tsc = nodeModules.resolve("typescript/bin/tsc");
        Path log = project.resolveSibling(project.getFileName() + "-tsc.log");
        Process p = new ProcessBuilder(List.of("node", tsc.toString(), "--noEmit", "-p", project.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(5, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        return new Result(done ? p.exitValue() : -1, Files.readString(log));
    }

    /** Runs {@code tsc -p project --outDir out}: the app as JavaScript, for node to run. */
    static Result compile(Path nodeModules, Path project, Path out) throws IOException, InterruptedException {
        Path tsc = nodeModules.resolve("typescript/bin/tsc");
        return run(List.of("node", tsc.toString(), "-p", project.toString(), "--outDir", out.toString()),
                project.resolveSibling(project.getFileName() + "-tsc.log"), java.util.Map.of());
    }

    /** Runs a compiled app with {@code node}, synthesizing into {@code cdkOut} as {@code cdk synth} would. */
    static Result synthesize(Path appScript, Path cdkOut) throws IOException, InterruptedException {
        Files.createDirectories(cdkOut);
        return run(List.of("node", appScript.toString()), cdkOut.resolveSibling("synth.log"),
                java.util.Map.of("CDK_OUTDIR", cdkOut.toAbsolutePath().toString()));
    }

    private static Result run(List<String> command, Path log, java.util.Map<String, String> env)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        boolean done = p.waitFor(5, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        return new Result(done ? p.exitValue() : -1, Files.readString(log));
    }

    record Result(int exitCode, String output) {
    }
}
