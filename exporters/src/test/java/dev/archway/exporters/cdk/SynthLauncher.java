package dev.archway.exporters.cdk;

/** Runs the main method of each generated CDK app class named on the command line, in one JVM (one jsii start). */
public final class SynthLauncher {
    private SynthLauncher() {
    }

    public static void main(String[] args) throws Exception {
        for (String appClass : args) {
            Class.forName(appClass).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        }
    }
}
