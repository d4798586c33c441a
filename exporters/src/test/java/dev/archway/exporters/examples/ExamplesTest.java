package dev.archway.exporters.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archway.exporters.InputException;
import dev.archway.exporters.designfile.DesignFile;
import dev.archway.model.Design;
import dev.archway.model.DesignIntegrity;
import dev.archway.model.Element;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExamplesTest {
    @TempDir
    Path dir;

    static List<String> examples() {
        return Examples.ALL.stream().map(Examples.Example::fileName).toList();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void loadsSavesAndReloadsUnchanged(String name) throws InputException, IOException {
        Design design = Examples.load(name);
        Path file = dir.resolve(name);
        DesignFile.write(design, file);
        assertEquals(design, DesignFile.read(file));
        assertEquals(resourceText(name), Files.readString(file));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void isWholeAndFullyPlaced(String name) throws InputException {
        Design design = Examples.load(name);
        assertEquals(List.of(), DesignIntegrity.problems(design));
        assertEquals(List.of(), design.elements().stream().map(Element::id).filter(id -> design.bounds(id) == null)
                .toList());
    }

    @Test
    void namesEachExampleByItsTitle() throws InputException {
        for (Examples.Example example : Examples.ALL) {
            assertEquals(example.title(), Examples.load(example.fileName()).name());
        }
    }

    @Test
    void opensTheHostRoutingExampleByDefault() throws InputException {
        assertEquals(Examples.load("ALB host-based routing"), Examples.defaultDesign());
    }

    private static String resourceText(String name) throws IOException {
        try (InputStream in = Examples.class.getClassLoader().getResourceAsStream("examples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
