package dev.archway.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.account.MotoAccount;
import dev.archway.account.MotoServer;
import dev.archway.exporters.designfile.DesignFile;
import dev.archway.model.Design;
import dev.archway.model.lb.LoadBalancer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code archway import --from-aws} against moto's server: the design file it writes, and its one-line failures. */
@ExtendWith(MotoServer.class)
class ImportFromAwsCliTest {
    static MotoAccount account;
    static String endpoint;

    @TempDir
    Path dir;

    @BeforeAll
    static void populate(MotoServer moto) throws Exception {
        account = MotoAccount.populate(moto);
        endpoint = moto.endpoint().toString();
    }

    @Test
    void writesTheAccountAsADesignThatSimulates() throws Exception {
        Path out = dir.resolve("shop.archway.json");
        try (CliStreams io = new CliStreams()) {
            assertEquals(0, ArchwayCli.run("import", "--from-aws", "--region", MotoServer.REGION, "--endpoint-url",
                    endpoint, "--vpc", account.shopVpc, "--out", out.toString()), io.err());
            assertTrue(io.out().matches("imported \\d+ elements from AWS \\(1 warnings; [0-9.]+ s in AWS API calls "
                    + "of [0-9.]+ s\\) to " + java.util.regex.Pattern.quote(out.toString()) + "\n"), io.out());
            // 2 load balancers, 3 listeners, 2 rules, 3 target groups, 1 IP target
            assertTrue(io.err().contains("read elasticloadbalancing: 11 elements\n"), io.err());
            assertTrue(io.err().contains("read autoscaling: 1 elements\n"), io.err());
        }
        String written = Files.readString(out);
        assertFalse(written.contains("not-a-secret-123") || written.contains("testing"), "no password, no key");
        Design design = DesignFile.read(out);
        assertEquals("shop-alb", design.get(account.alb, LoadBalancer.class).name());
        assertEquals(java.util.Set.of(account.stoppedInstance, account.asg + "#1"), design.unhealthyTargets(),
                "kept for simulate");
        try (CliStreams io = new CliStreams()) {
            assertEquals(0, ArchwayCli.run("simulate", out.toString(), "--request", "GET https://api.shop.example/"));
            assertTrue(io.out().contains("api-1"), io.out());
        }
    }

    @Test
    void anUnreachableEndpointIsOneLineAndExitCode2() {
        Path out = dir.resolve("none.archway.json");
        try (CliStreams io = new CliStreams()) {
            assertEquals(2, ArchwayCli.run("import", "--from-aws", "--region", MotoServer.REGION, "--endpoint-url",
                    "http://127.0.0.1:9", "--out", out.toString()));
            assertEquals("import --from-aws: cannot reach the AWS endpoint for ec2: Connection refused\n", io.err());
        }
        assertFalse(Files.exists(out));
    }

    @Test
    void accountOptionsWithoutFromAwsAreAUsageError() {
        try (CliStreams io = new CliStreams()) {
            assertEquals(2, ArchwayCli.run("import", "--vpc", "vpc-1", "--out", dir.resolve("x").toString()));
            assertEquals("archway import: --profile, --region, --vpc and --endpoint-url go with --from-aws (see "
                    + "'archway import --help')\n", io.err());
        }
    }

    @Test
    void aTemplateAndFromAwsTogetherAreAUsageError() {
        try (CliStreams io = new CliStreams()) {
            assertEquals(2, ArchwayCli.run("import", "t.yaml", "--from-aws", "--out", dir.resolve("x").toString()));
            assertEquals("archway import: give a TEMPLATE or --from-aws, not both (see 'archway import --help')\n",
                    io.err());
        }
    }
}
