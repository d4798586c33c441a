package dev.archway.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.archway.model.Design;
import dev.archway.model.DesignBuilder;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.RedirectConfig;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.lb.TargetType;
import dev.archway.model.network.SgRule;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class SimulateCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** One ALB (HTTP redirects, HTTPS routes api.example.com to Api, the rest to Web) and an Aurora cluster. */
    static Design design() {
        DesignBuilder b = new DesignBuilder("cli");
        String vpc = b.vpc("Vpc", b.region("Region", "eu-west-1"), "10.0.0.0/16");
        String azA = b.az("AzA", vpc, "eu-west-1a");
        String azB = b.az("AzB", vpc, "eu-west-1b");
        String rt = b.publicRouteTable("PublicRt", vpc, b.internetGateway("Igw", vpc));
        String publicA = b.subnet("PublicA", vpc, azA, "10.0.0.0/24", rt);
        String publicB = b.subnet("PublicB", vpc, azB, "10.0.1.0/24", rt);
        String privateA = b.subnet("PrivateA", vpc, azA, "10.0.10.0/24", null);
        String privateB = b.subnet("PrivateB", vpc, azB, "10.0.11.0/24", null);
        String albSg = b.securityGroup("AlbSg", vpc, List.of(SgRule.tcp(80, "0.0.0.0/0"), SgRule.tcp(443, "0.0.0.0/0")));
        String webSg = b.securityGroup("WebSg", vpc, List.of(SgRule.tcpFrom(80, albSg)));
        String alb = b.alb("Alb", vpc, List.of(publicA, publicB), List.of(albSg));
        String zone = b.hostedZone("Zone", "example.com");
        b.aliasRecord("ApiRecord", zone, "api.example.com", alb);
        String cert = b.certificate("Cert", "example.com", List.of("*.example.com"), zone);
        String api = b.targetGroup("Api", vpc, Protocol.HTTP, 80, TargetType.INSTANCE,
                List.of(b.instance("api-1", privateA, List.of(webSg)), b.instance("api-2", privateB, List.of(webSg))));
        String web = b.targetGroup("Web", vpc, Protocol.HTTP, 80, TargetType.INSTANCE,
                List.of(b.instance("web-1", privateA, List.of(webSg))));
        b.listener("Http", alb, Protocol.HTTP, 80, List.of(), Action.redirect(RedirectConfig.toHttps()));
        String https = b.listener("Https", alb, Protocol.HTTPS, 443, List.of(cert), Action.forward(web));
        b.rule("ApiRule", https, 10, List.of(RuleCondition.host("api.example.com")), Action.forward(api));
        String dbSg = b.securityGroup("DbSg", vpc, List.of(SgRule.tcpFrom(5432, webSg)));
        String cluster = b.auroraCluster("Db", vpc, b.dbSubnetGroup("DbSubnets", List.of(privateA, privateB)),
                List.of(dbSg), "db-1");
        b.dbInstance("db-1", cluster, azA, 1);
        b.dbInstance("db-2", cluster, azB, 0);
        b.djangoApp("Shop", List.of("web-1"), List.of(webSg), cluster);
        return b.build();
    }

    /** The command with ArchwayCli's error path, printing into {@code out} and {@code err}. */
    private CommandLine capturing(SimulateCli cli) {
        CommandLine command = ArchwayCli.configure(new CommandLine(cli), false);
        command.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        command.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        return command;
    }

    private int run(String... args) {
        SimulateCli cli = new SimulateCli();
        Design design = design();
        cli.loader = file -> design;
        return capturing(cli).execute(args);
    }

    private JsonNode json(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--format");
        all.add("json");
        assertEquals(0, run(all.toArray(String[]::new)), err.toString(StandardCharsets.UTF_8));
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void forwardedRequestReportsTheContractFields() throws Exception {
        JsonNode j = json("d.json", "--request", "GET https://api.example.com/v1");
        assertEquals("forwarded", j.get("outcome").asText());
        assertEquals("Alb", j.get("loadBalancer").asText());
        assertEquals("HTTPS:443", j.get("listener").asText());
        assertEquals("ApiRule", j.get("rule").asText());
        assertEquals("Api", j.get("targetGroup").asText());
        assertEquals("api-1", j.get("target").asText());
        assertEquals("AzA", j.get("availabilityZone").asText());
        assertEquals(List.of("dns", "lb-node", "network-acl", "lb-security-group", "listener", "certificate", "rule",
                "action", "target-group", "target", "target-security-group", "network-acl", "answer"),
                StreamSupport.stream(j.get("hops").spliterator(), false).map(h -> h.get("step").asText()).toList());
        assertEquals(List.of("step", "element", "decision", "reason"),
                iterable(j.get("hops").get(0).fieldNames()));
    }

    /** Issue 21: the JSON says what the target receives behind the HTTPS listener that terminates TLS. */
    @Test
    void forwardedRequestSaysWhatTheTargetSees() throws Exception {
        JsonNode r = json("d.json", "--request", "GET https://api.example.com/v1?x=1", "--source-ip", "198.51.100.7")
                .get("targetRequest");
        assertEquals("load-balancer-node", r.get("sourceIs").asText());
        assertEquals("HTTP", r.get("protocol").asText());
        assertEquals(80, r.get("port").asInt());
        assertEquals("terminated", r.get("tls").asText());
        assertEquals("api.example.com", r.get("host").asText());
        assertEquals("/v1", r.get("path").asText());
        assertEquals("198.51.100.7", r.get("headers").get("X-Forwarded-For").asText());
        assertEquals("https", r.get("headers").get("X-Forwarded-Proto").asText());
        assertEquals("443", r.get("headers").get("X-Forwarded-Port").asText());
        assertEquals(false, r.get("proxyProtocolV2").asBoolean());
    }

    /** The README's abridged example of {@code targetRequest} is what simulate writes for that command. */
    @Test
    void readmeExampleOfWhatTheTargetSeesMatchesTheOutput() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
        String command = "archway simulate 02-ssl-termination.archway.json --request "
                + "\"GET https://www.example.org/cart?id=7\"";
        int from = readme.indexOf("```json", readme.indexOf(command)) + "```json".length();
        JsonNode documented = new ObjectMapper().readTree(readme.substring(from, readme.indexOf("```", from)));
        SimulateCli cli = new SimulateCli();
        cli.loader = file -> dev.archway.exporters.examples.Examples.load(file.getFileName().toString());
        List<String> args = List.of("02-ssl-termination.archway.json", "--request",
                "GET https://www.example.org/cart?id=7", "--source-ip", "198.51.100.7", "--format", "json");
        assertEquals(0, capturing(cli).execute(args.toArray(String[]::new)), err.toString(StandardCharsets.UTF_8));
        JsonNode actual = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        documented.fieldNames().forEachRemaining(f -> assertEquals(documented.get(f), actual.get(f), f));
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void httpIsRedirected() throws Exception {
        JsonNode j = json("d.json", "--request", "GET http://api.example.com/a?b=1");
        assertEquals("redirected", j.get("outcome").asText());
        assertEquals(301, j.get("statusCode").asInt());
        assertEquals("https://api.example.com:443/a?b=1", j.get("location").asText());
        assertEquals("default", j.get("rule").asText());
    }

    @Test
    void requestsReportADistribution() throws Exception {
        JsonNode j = json("d.json", "--request", "GET https://api.example.com/", "--requests", "1000");
        assertEquals(1000, j.get("distribution").get("api-1").asLong() + j.get("distribution").get("api-2").asLong());
        assertEquals(0.5, j.get("expectedShare").get("api-1").asDouble(), 1e-12);
    }

    @Test
    void azFailureAndUnhealthyTargetsTakeTargetsOut() throws Exception {
        JsonNode j = json("d.json", "--request", "GET https://api.example.com/", "--fail-az", "eu-west-1a",
                "--requests", "10");
        assertEquals(10, j.get("distribution").get("api-2").asLong());
        out.reset();
        JsonNode k = json("d.json", "--request", "GET https://api.example.com/", "--unhealthy", "api-2",
                "--requests", "10");
        assertEquals(10, k.get("distribution").get("api-1").asLong());
    }

    @Test
    void blockedRequestNamesTheGroup() throws Exception {
        JsonNode j = json("d.json", "--request", "GET https://api.example.com:8443/");
        assertEquals("blocked", j.get("outcome").asText());
        assertEquals("AlbSg", j.get("blockedBy").asText());
    }

    @Test
    void writeReachesTheWriterAndFailoverIsReported() throws Exception {
        JsonNode j = json("d.json", "--db", "write", "--app", "Shop");
        assertEquals("connected", j.get("outcome").asText());
        assertEquals("cluster", j.get("endpoint").asText());
        assertEquals("db-1", j.get("instance").asText());
        out.reset();
        JsonNode f = json("d.json", "--db", "write", "--fail-writer");
        assertEquals("db-2", f.get("instance").asText());
        assertEquals("db-2", f.get("failover").get("promoted").asText());
        assertEquals("typically under 60 s, often under 30 s", f.get("failover").get("expectedDuration").asText());
    }

    @Test
    void readReachesAReplica() throws Exception {
        JsonNode j = json("d.json", "--db", "read", "--app", "Shop");
        assertEquals("reader", j.get("endpoint").asText());
        assertEquals("db-2", j.get("instance").asText());
    }

    @Test
    void simulatesADesignFileEndToEnd(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("nlb.archway.json");
        dev.archway.exporters.designfile.DesignFile.write(
                dev.archway.exporters.examples.Examples.load("03-nlb-tcp-gateway.archway.json"), file);
        SimulateCli cli = new SimulateCli();
        assertEquals(0, capturing(cli).execute(file.toString(), "--request", "TCP 203.0.113.10:8883",
                "--fail-az", "AzA", "--format", "json"));
        JsonNode j = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("unavailable", j.get("outcome").asText());
        assertEquals("MessageGateway", j.get("loadBalancer").asText());
        assertEquals("PublicA", j.get("hops").get(1).get("element").asText());
    }

    @Test
    void textOutputShowsTheOutcomeFirst() {
        assertEquals(0, run("d.json", "--request", "GET http://api.example.com/"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals("GET http://api.example.com/ -> redirected 301 Location: https://api.example.com:443/",
                text.lines().findFirst().orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "--request 'GET https://api.example.com/' --format xml => d.json: --format must be text or json, not 'xml'",
        "--request 'GET https://api.example.com/' --bogus => d.json: unknown option or extra argument '--bogus' (see archway simulate --help)",
        "--request 'GET https://api.example.com/' --requests 0 => d.json: --requests must be a whole number of at least 1, not '0'",
        "--request 'GET https://api.example.com/' --fail-az nowhere => d.json: --fail-az 'nowhere': no AZ of that name or zone; the design has eu-west-1a, eu-west-1b",
        "--request 'GET https://api.example.com/' --unhealthy ghost => d.json: --unhealthy 'ghost': no target of that name in the design",
        "--request 'GET https://api.example.com/' --lb Ghost => d.json: --lb 'Ghost': no load balancer of that name; the design has Alb",
        "--request 'GET https://api.example.com/' --db read => d.json: give exactly one of --request \"METHOD URL\" or --db read|write",
        "--request FOO => d.json: --request 'FOO' is not \"METHOD URL\" nor \"TCP|UDP|TLS host:port\"",
        "--db delete => d.json: --db must be read or write, not 'delete'",
        "--db read --app Nobody => d.json: --app 'Nobody': no application of that name; the design has Shop",
        "--db read --cluster Nope => d.json: --cluster 'Nope': no Aurora cluster of that name; the design has Db",
        "--db read --using reader => d.json: --using needs --app: it overrides that application's routers",
    })
    void badInputGetsOneLineAndExitCode2(String args, String message) {
        List<String> all = new ArrayList<>(List.of("d.json"));
        all.addAll(split(args));
        assertEquals(2, run(all.toArray(String[]::new)));
        assertEquals(List.of(message), err.toString(StandardCharsets.UTF_8).lines().toList());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    /** Splits on spaces, keeping 'quoted parts' together. */
    private static List<String> split(String args) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("'([^']*)'|(\\S+)").matcher(args);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return out;
    }
}
