package dev.archway.app.emulator;

import dev.archway.account.AccountRequest;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;

/**
 * moto's server (a local AWS API emulator) on a free port: a fresh, empty account, and SDK clients to populate it
 * as an operator would. The emulator's dummy credentials are set as the SDK's system properties, so that Archway's
 * import finds them through the default chain like real ones. The app's tests and the import benchmark use it (a
 * minimal copy of the account module's test server, whose test sources the app cannot see).
 */
public final class EmulatedAccount implements AutoCloseable {
    public static final String REGION = "eu-west-1";
    private final Process process;
    private final URI endpoint;

    private EmulatedAccount(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** The moto_server command on the PATH (or pyenv's), if installed. */
    public static Optional<String> command() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "moto_server"))) {
                return Optional.of(Path.of(dir, "moto_server").toString());
            }
        }
        Path pyenv = Path.of("/root/.pyenv/shims/moto_server");
        return Files.isExecutable(pyenv) ? Optional.of(pyenv.toString()) : Optional.empty();
    }

    public static EmulatedAccount start() throws IOException, InterruptedException {
        String command = command().orElseThrow(() -> new IllegalStateException(
                "moto_server is not installed (pip install 'moto[server]')"));
        System.setProperty("aws.accessKeyId", "testing");
        System.setProperty("aws.secretAccessKey", "testing");
        System.setProperty("aws.region", REGION);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = Files.createTempFile("moto", ".log");
        Process process = new ProcessBuilder(command, "-H", "127.0.0.1", "-p", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        EmulatedAccount account = new EmulatedAccount(process, URI.create("http://127.0.0.1:" + port));
        account.awaitListening(port, log);
        return account;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** What Archway's import reads: this account, its region, every VPC. */
    public AccountRequest request() {
        return new AccountRequest(Optional.empty(), Optional.of(REGION), List.of(), Optional.of(endpoint));
    }

    public Ec2Client ec2() {
        return client(Ec2Client.builder());
    }

    public ElasticLoadBalancingV2Client elb() {
        return client(ElasticLoadBalancingV2Client.builder());
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C client(B builder) {
        return builder.endpointOverride(endpoint).region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private void awaitListening(int port, Path log) throws IOException, InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("moto_server ended: " + Files.readString(log));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        close();
        throw new IllegalStateException("moto_server did not start listening within 30 s: " + Files.readString(log));
    }
}
