package dev.archway.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.account.AccountImport;
import dev.archway.account.ImportProgress;
import dev.archway.app.emulator.EmulatedAccount;
import dev.archway.app.emulator.SmallShop;
import dev.archway.exporters.designfile.DesignFile;
import dev.archway.model.lb.ListenerRule;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;

/**
 * {@code archway drift} against moto's emulated account: the design saved from an import shows no drift; one rule
 * changed in the account shows as exactly that change, and the exit code says so.
 */
class DriftCliMotoTest {
    private static EmulatedAccount account;
    private static SmallShop shop;

    @TempDir
    Path dir;

    @BeforeAll
    static void startEmulator() throws Exception {
        Assumptions.assumeTrue(EmulatedAccount.command().isPresent() || System.getenv("CI") != null,
                "moto_server is not installed: skipping the tests against the AWS emulator");
        account = EmulatedAccount.start();
        shop = SmallShop.populate(account);
    }

    @AfterAll
    static void stopEmulator() throws InterruptedException {
        if (account != null) {
            account.close();
        }
    }

    private String[] drift(Path design, String... more) {
        String[] base = {"drift", design.toString(), "--from-aws", "--region", EmulatedAccount.REGION,
            "--endpoint-url", account.endpoint().toString()};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void oneRuleChangedInTheAccountIsExactlyThatChange() throws Exception {
        Path design = dir.resolve("shop.archway.json");
        DesignFile.write(AccountImport.read(account.request(), ImportProgress.NONE).design(), design);
        try (CliStreams streams = new CliStreams()) {
            assertEquals(ArchwayCli.OK, ArchwayCli.run(drift(design)), streams.err());
            assertEquals("No drift: the account matches " + design + ".\n", streams.out());
        }
        String ruleName = DesignFile.read(design).get(shop.apiRule, ListenerRule.class).name();
        try (ElasticLoadBalancingV2Client elb = account.elb()) {
            elb.modifyRule(r -> r.ruleArn(shop.apiRule).conditions(SmallShop.path("/v2/*")));
        }
        try (CliStreams streams = new CliStreams()) {
            assertEquals(ArchwayCli.PROBLEMS, ArchwayCli.run(drift(design)), streams.err());
            assertEquals("Drift between " + design + " and the account:\n"
                    + "  ~ Listener rule " + ruleName + ": conditions\n"
                    + "      conditions: - RuleCondition(field=PATH_PATTERN, values=[/api/*]) (design only)\n"
                    + "      conditions: + RuleCondition(field=PATH_PATTERN, values=[/v2/*]) (account only)\n"
                    + "1 difference: 0 only in the account, 0 only in the design, 1 changed\n", streams.out());
        }
        try (CliStreams streams = new CliStreams()) {
            assertEquals(ArchwayCli.PROBLEMS, ArchwayCli.run(drift(design, "--format", "json")));
            assertTrue(streams.out().contains("\"onlyInAccount\" : [\n"
                    + "            \"RuleCondition(field=PATH_PATTERN, values=[/v2/*])\"\n          ]"), streams.out());
        }
    }

    @Test
    void anEndpointThatDoesNotAnswerIsOneLineAndExitTwo() throws Exception {
        Path design = dir.resolve("empty.archway.json");
        DesignFile.write(new dev.archway.model.Design("empty"), design);
        try (CliStreams streams = new CliStreams()) {
            int free;
            try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
                free = s.getLocalPort();
            }
            assertEquals(ArchwayCli.BAD_INPUT, ArchwayCli.run("drift", design.toString(), "--from-aws", "--region",
                    EmulatedAccount.REGION, "--endpoint-url", "http://127.0.0.1:" + free));
            assertTrue(streams.err().startsWith("drift: "), streams.err());
            assertEquals(1, streams.err().lines().count(), streams.err());
        }
    }
}
