import com.fasterxml.jackson.databind.ObjectMapper;
import dev.archway.exporters.cfn.CfnTemplateExporter;
import dev.archway.model.SyntheticDesigns;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes one CloudFormation template (JSON, no nested stacks) of a generated design (SyntheticDesigns) with about
 * the number of resources asked for, for timing validators on a large template: the start-up benchmark
 * (scripts/bench-startup.sh) compares archway validate with cfn-lint on it.
 * Run: java -cp app/target/archway.jar scripts/BenchTemplate.java 980 /tmp/980.template.json
 */
public class BenchTemplate {
    public static void main(String[] args) throws Exception {
        int wanted = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        Map<String, Object> template = closest(wanted);
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), template);
        System.out.println(out + ": " + resources(template) + " resources");
    }

    /** The synthetic design's resources grow with its elements, not one for one: search for the nearest size. */
    private static Map<String, Object> closest(int wanted) {
        int elements = wanted;
        Map<String, Object> best = null;
        for (int step = 0; step < 20; step++) {
            Map<String, Object> template = new CfnTemplateExporter().export(SyntheticDesigns.generate(elements));
            if (best == null || Math.abs(resources(template) - wanted) < Math.abs(resources(best) - wanted)) {
                best = template;
            }
            if (resources(template) == wanted) {
                break;
            }
            elements = Math.max(1, elements * wanted / resources(template));
        }
        return best;
    }

    @SuppressWarnings("unchecked")
    private static int resources(Map<String, Object> template) {
        return ((Map<String, Object>) template.get("Resources")).size();
    }
}
