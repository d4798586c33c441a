package dev.archway.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The read-only policy in docs/aws-account.md, the list of calls ({@link ApiCall}) and the SDK calls the readers
 * actually make are the same set: a reader cannot call something the policy does not grant, nor the policy grant
 * something never called.
 */
class ApiCallPolicyTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/archway/account");
    private static final Path DOC = Path.of("../docs/aws-account.md");
    /** The client variables the readers use, to the IAM service prefix. */
    private static final Map<String, String> CLIENTS = Map.of("ec2", "ec2", "elb", "elasticloadbalancing",
            "autoScaling", "autoscaling", "ecs", "ecs", "rds", "rds", "route53", "route53", "acm", "acm");
    private static final Pattern CALL = Pattern.compile("\\b(ec2|elb|autoScaling|ecs|rds|route53|acm)\\.(\\w+)\\(");

    @Test
    void theDocumentedPolicyListsExactlyTheApiCalls() throws IOException {
        Set<String> documented = new TreeSet<>();
        Matcher m = Pattern.compile("\"([a-z0-9]+:[A-Za-z]+)\"").matcher(Files.readString(DOC));
        while (m.find()) {
            documented.add(m.group(1));
        }
        assertEquals(permissions(), documented);
    }

    @Test
    void theReadersCallExactlyTheListedApis() throws IOException {
        Set<String> called = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith("Reader.java")).toList()) {
                Matcher m = CALL.matcher(Files.readString(f));
                while (m.find()) {
                    String method = m.group(2).replaceFirst("Paginator$", "");
                    called.add(CLIENTS.get(m.group(1)) + ":" + Character.toUpperCase(method.charAt(0))
                            + method.substring(1));
                }
            }
        }
        assertEquals(permissions(), called);
    }

    private static Set<String> permissions() {
        return new TreeSet<>(Arrays.stream(ApiCall.values()).map(ApiCall::permission).toList());
    }
}
