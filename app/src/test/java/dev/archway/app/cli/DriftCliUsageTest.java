package dev.archway.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.designfile.DesignFile;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code archway drift}'s bad input: one line on stderr, exit 2, before any call to AWS. */
class DriftCliUsageTest {
    @TempDir
    Path dir;

    private Path design() throws IOException {
        Path file = dir.resolve("web.archway.json");
        DesignFile.write(CliDesigns.web(), file);
        return file;
    }

    @Test
    void needsToBeToldWhereTheAccountIs() throws IOException {
        try (CliStreams streams = new CliStreams()) {
            assertEquals(ArchwayCli.BAD_INPUT, ArchwayCli.run("drift", design().toString()));
            assertEquals("archway drift: Missing required option: '--from-aws' (see 'archway drift --help')\n",
                    streams.err());
        }
    }

    @Test
    void refusesAnUnknownFormat() throws IOException {
        try (CliStreams streams = new CliStreams()) {
            assertEquals(ArchwayCli.BAD_INPUT, ArchwayCli.run("drift", design().toString(), "--from-aws",
                    "--format", "sarif"));
            assertTrue(streams.err().startsWith("archway drift: --format must be text or json, not 'sarif'"),
                    streams.err());
        }
    }

    @Test
    void refusesAnEndpointThatIsNotAUrl() throws IOException {
        try (CliStreams streams = new CliStreams()) {
            assertEquals(ArchwayCli.BAD_INPUT, ArchwayCli.run("drift", design().toString(), "--from-aws",
                    "--endpoint-url", "localhost:5000"));
            assertEquals("archway drift: --endpoint-url: 'localhost:5000' is not an http or https URL (see "
                    + "'archway drift --help')\n", streams.err());
        }
    }

    @Test
    void refusesAVpcIdThatIsNotOne() throws IOException {
        try (CliStreams streams = new CliStreams()) {
            assertEquals(ArchwayCli.BAD_INPUT, ArchwayCli.run("drift", design().toString(), "--from-aws",
                    "--vpc", "shop"));
            assertTrue(streams.err().startsWith("archway drift: --vpc: 'shop' is not a VPC id (vpc-...)"),
                    streams.err());
        }
    }

    @Test
    void namesADesignThatCannotBeRead() {
        try (CliStreams streams = new CliStreams()) {
            Path missing = dir.resolve("missing.archway.json");
            assertEquals(ArchwayCli.BAD_INPUT, ArchwayCli.run("drift", missing.toString(), "--from-aws"));
            assertTrue(streams.err().contains(missing.toString()), streams.err());
            assertEquals(1, streams.err().lines().count(), streams.err());
        }
    }
}
