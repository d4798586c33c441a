package dev.archway.exporters.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DjangoExporterTest {
    @TempDir
    Path dir;

    private final Map<String, String> files = new DjangoExporter().render(ConfigFixtures.sslTermination()).files();

    @Test
    void writesSettingsAndRoutersPerApplication() {
        assertEquals(List.of("shop_app/settings.py", "shop_app/dbrouters.py"), List.copyOf(files.keySet()));
    }

    @Test
    void writerAndReaderAliasesPointAtTheClusterAndReaderEndpoints() {
        String settings = files.get("shop_app/settings.py");
        assertTrue(settings.contains("""
                    "default": {
                        "ENGINE": "django.db.backends.postgresql",
                        "NAME": os.environ.get("DB_NAME", "app"),
                        "USER": os.environ.get("DB_USER", "dbadmin"),
                        "PASSWORD": os.environ.get("DB_PASSWORD", ""),
                        # cluster (writer) endpoint of Aurora: follows the writer on failover
                        "HOST": os.environ["AURORA_ENDPOINT"],
                        "PORT": "5432",
                        "CONN_MAX_AGE": 0,
                    },
                """), settings);
        assertTrue(settings.contains("""
                        # reader endpoint of Aurora: spreads connections over the replicas
                        "HOST": os.environ["AURORA_READER_ENDPOINT"],
                        "PORT": "5432",
                        "CONN_MAX_AGE": 0,
                        "TEST": {"MIRROR": "default"},
                """), settings);
        assertTrue(settings.endsWith("DATABASE_ROUTERS = [\"dbrouters.PrimaryReplicaRouter\"]\n"), settings);
    }

    @Test
    void routerSendsReadsToTheReaderAndWritesAndMigrationsToTheWriter() {
        assertTrue(files.get("shop_app/dbrouters.py").endsWith("""
                DATABASES_OF_THIS_APP = {"default", "reader"}


                class PrimaryReplicaRouter:
                    def db_for_read(self, model, **hints):
                        return "reader"

                    def db_for_write(self, model, **hints):
                        return "default"

                    def allow_relation(self, obj1, obj2, **hints):
                        if obj1._state.db in DATABASES_OF_THIS_APP and obj2._state.db in DATABASES_OF_THIS_APP:
                            return True
                        return None

                    def allow_migrate(self, db, app_label, model_name=None, **hints):
                        return db == "default"
                """));
    }

    @Test
    void generatedPythonCompiles() throws Exception {
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = dir.resolve(f.getKey().replace('/', '_'));
            Files.writeString(file, f.getValue());
            assertEquals("", compile(file), f.getKey());
        }
    }

    /** Runs {@code python3 -m py_compile}; returns its complaints (empty when the file compiles). */
    private static String compile(Path file) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("python3", "-m", "py_compile", file.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("python3 is not installed, and CI=true requires it");
            }
            assumeTrue(false, "python3 is not installed: skipping the compile check");
            return "";
        }
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return p.exitValue() == 0 ? "" : out;
    }
}
