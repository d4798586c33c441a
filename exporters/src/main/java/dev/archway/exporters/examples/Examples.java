package dev.archway.exporters.examples;

import dev.archway.exporters.InputException;
import dev.archway.exporters.InputFiles;
import dev.archway.exporters.InputKind;
import dev.archway.exporters.designfile.DesignFile;
import dev.archway.model.Design;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;

/** The example designs bundled in the jar (resources under {@code examples/}); the first is the default design. */
public final class Examples {

    /** One bundled example: its file name under {@code examples/} and its title (the design's name). */
    public record Example(String fileName, String title) {
    }

    public static final List<Example> ALL = List.of(
            new Example("01-alb-host-routing.archway.json", "ALB host-based routing"),
            new Example("02-ssl-termination.archway.json", "SSL termination on the ALB"),
            new Example("03-nlb-tcp-gateway.archway.json", "NLB TCP message gateway"),
            new Example("04-aurora-django.archway.json", "Aurora with a Django read/write router"));

    private Examples() {
    }

    /** Loads an example by file name ({@code 01-alb-host-routing.archway.json}) or title. */
    public static Design load(String name) throws InputException {
        Example example = ALL.stream().filter(e -> e.fileName().equals(name) || e.title().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no bundled example named " + name));
        String resource = "examples/" + example.fileName();
        return DesignFile.fromJson(InputFiles.resource(resource, InputKind.DESIGN), Path.of(resource));
    }

    /** The design the app opens with when no file is given. */
    public static Design defaultDesign() {
        try {
            return load(ALL.get(0).fileName());
        } catch (InputException e) {
            throw new IllegalStateException("the bundled default design is broken: " + e.getMessage(), e);
        }
    }
}
