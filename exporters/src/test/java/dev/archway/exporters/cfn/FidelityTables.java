package dev.archway.exporters.cfn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The per-template tables of {@code docs/cloudformation.md} ("modelled / kept, and why"), written from the
 * measurements: {@code mvn -pl exporters -am test -Dtest='CfnCorpusFidelityTest#reports*'
 * -Darchway.updateDocs=true}. Each kept resource gets its reason in short: where modelling stopped, and the kind of
 * construct that stopped it.
 */
final class FidelityTables {
    static final Path DOC = Path.of("../docs/cloudformation.md");
    private static final Pattern REASON = Pattern.compile("Resources\\.(\\w+)((?:\\.Properties\\.\\w+)?): (.*)",
            Pattern.DOTALL);
    private static final Pattern REFERS = Pattern.compile(".*refers to (\\w+) \\([^)]*\\), which is kept as it is.*",
            Pattern.DOTALL);

    private FidelityTables() {
    }

    /** One table: template, counted, modelled, and each kept resource with its reason in short. */
    static String table(List<CorpusFidelity> templates) {
        StringBuilder md = new StringBuilder("| template | counted | modelled | kept, and why |\n|---|---|---|---|\n");
        for (CorpusFidelity f : templates) {
            List<String> kept = new ArrayList<>();
            f.kept().forEach(k -> kept.add(brief(k)));
            md.append("| `").append(f.template()).append("` | ").append(f.counted()).append(" | ")
                    .append(f.modelled()).append(" | ").append(kept.isEmpty() ? "—" : String.join("; ", kept))
                    .append(" |\n");
        }
        return md.toString();
    }

    /** {@code `Lid`.Properties.X: why}, the why in a few words. */
    static String brief(String reason) {
        Matcher m = REASON.matcher(reason);
        if (!m.matches()) {
            return reason;
        }
        return "`" + m.group(1) + "`" + m.group(2) + ": " + kind(m.group(3));
    }

    private static String kind(String why) {
        Matcher refers = REFERS.matcher(why);
        if (refers.matches()) {
            return "refers to kept " + refers.group(1);
        }
        if (why.contains("is not a type the model draws")) {
            return "type not drawn";
        }
        if (why.contains("comes from outside the template")) {
            return "value from another stack where a literal is needed";
        }
        if (why.equals("not awsvpc")) {
            return "ECS bridge/host networking";
        }
        String last = why.contains(": ") ? why.substring(why.lastIndexOf(": ") + 2) : why;
        return last.replace("|", "\\|").replace("\n", " ");
    }

    /** Replaces the table under each corpus heading ({@code #### realworld-dev}) with the new one. */
    static void update(String heading, String table) throws IOException {
        String doc = Files.readString(DOC);
        int at = doc.indexOf("#### " + heading + "\n");
        int start = doc.indexOf("| template |", at);
        int end = doc.indexOf("\n\n", start);
        if (at < 0 || start < 0 || end < 0) {
            throw new IllegalStateException("no table under #### " + heading + " in " + DOC);
        }
        Files.writeString(DOC, doc.substring(0, start) + table.stripTrailing() + doc.substring(end));
    }
}
