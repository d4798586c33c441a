package dev.archway.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.account.AccountImport;
import dev.archway.account.ImportProgress;
import dev.archway.account.MotoServer;
import dev.archway.app.emulator.EmulatedShop;
import dev.archway.exporters.designfile.DesignFile;
import dev.archway.model.lb.ListenerRule;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleCondition;

/**
 * {@code archway drift} against moto's emulated account: the design saved from an import shows no drift; one rule
 * changed in the account shows as exactly that change, and the exit code says so.
 */
@ExtendWith(MotoServer.class)
class DriftCliMotoTest {
    private static EmulatedShop shop;

    @TempDir
    Path dir;

    @BeforeAll
    static void populate(MotoServer moto) throws Exception {
        shop = EmulatedShop.populate(moto);
    }

    static RuleCondition host(String name) {
        return RuleCondition.builder().field("host-header").hostHeaderConfig(h -> h.values(name)).build();
    }

    private String[] drift(Path design, String... more) {
        String[] base = {"drift", design.toString(), "--from-aws", "--region", MotoServer.REGION,
            "--endpoint-url", shop.moto().endpoint().toString()};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void oneRuleChangedInTheAccountIsExactlyThatChange() throws Exception {
        Path design = dir.resolve("shop.archway.json");
        DesignFile.write(AccountImport.read(shop.moto().request(List.of()), ImportProgress.NONE).design(), design);
        try (CliStreams streams = new CliStreams()) {
            assertEquals(ArchwayCli.OK, ArchwayCli.run(drift(design)), streams.err());
            assertEquals("No drift: the account matches " + design + ".\n", streams.out());
        }
        String ruleName = DesignFile.read(design).get(shop.account().hostRule, ListenerRule.class).name();
        try (ElasticLoadBalancingV2Client elb = shop.elb()) {
            elb.modifyRule(r -> r.ruleArn(shop.account().hostRule).conditions(host("v2.shop.example")));
        }
        try (CliStreams streams = new CliStreams()) {
            assertEquals(ArchwayCli.PROBLEMS, ArchwayCli.run(drift(design)), streams.err());
            assertEquals("Drift between " + design + " and the account:\n"
                    + "  ~ Listener rule " + ruleName + ": conditions\n"
                    + "      conditions: - RuleCondition(field=HOST_HEADER, values=[api.shop.example]) (design only)\n"
                    + "      conditions: + RuleCondition(field=HOST_HEADER, values=[v2.shop.example]) (account only)\n"
                    + "1 difference: 0 only in the account, 0 only in the design, 1 changed\n", streams.out());
        }
        try (CliStreams streams = new CliStreams()) {
            assertEquals(ArchwayCli.PROBLEMS, ArchwayCli.run(drift(design, "--format", "json")));
            assertTrue(streams.out().contains("\"onlyInAccount\" : [\n"
                    + "            \"RuleCondition(field=HOST_HEADER, values=[v2.shop.example])\"\n          ]"), streams.out());
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
                    MotoServer.REGION, "--endpoint-url", "http://127.0.0.1:" + free));
            assertTrue(streams.err().startsWith("drift: "), streams.err());
            assertEquals(1, streams.err().lines().count(), streams.err());
        }
    }
}
