package dev.archway.account;

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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts moto's server (a local AWS API emulator) on a free port for a test class and stops it after: a fresh, empty
 * account per class. Tests take the running server as a parameter. Without {@code moto_server} the tests fail when
 * {@code CI} is set (.ci/run installs it) and are skipped, saying why, elsewhere. Credentials and region are the
 * emulator's dummies, given as the SDK's system properties (so the default chain finds them). Shared with other
 * modules' tests through the account test-jar.
 */
public final class MotoServer
        implements BeforeAllCallback, ParameterResolver, ExtensionContext.Store.CloseableResource {
    public static final String REGION = "eu-west-1";
    private static final List<String> CANDIDATES = List.of("moto_server", "/root/.pyenv/shims/moto_server");

    private Process process;
    private URI endpoint;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Optional<String> command = findCommand();
        if (command.isEmpty()) {
            String why = "moto_server is not installed (pip install 'moto[server]')";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(why);
            }
            Assumptions.abort(why + ": skipping the tests against the AWS emulator");
        }
        System.setProperty("aws.accessKeyId", "testing");
        System.setProperty("aws.secretAccessKey", "testing");
        System.setProperty("aws.region", REGION);
        int port = freePort();
        Path log = Files.createTempFile("moto", ".log");
        process = new ProcessBuilder(command.get(), "-H", "127.0.0.1", "-p", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        endpoint = URI.create("http://127.0.0.1:" + port);
        awaitListening(port, log);
        context.getStore(ExtensionContext.Namespace.create(MotoServer.class, context.getRequiredTestClass()))
                .put("server", this);
    }

    public URI endpoint() {
        return endpoint;
    }

    /** A request for this emulator's account, limited to the given VPCs (none: all). */
    public AccountRequest request(List<String> vpcs) {
        return new AccountRequest(Optional.empty(), Optional.of(REGION), vpcs, Optional.of(endpoint));
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == MotoServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return this;
    }

    private static Optional<String> findCommand() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "moto_server"))) {
                return Optional.of(Path.of(dir, "moto_server").toString());
            }
        }
        return CANDIDATES.stream().filter(c -> c.startsWith("/") && Files.isExecutable(Path.of(c))).findFirst();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
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
