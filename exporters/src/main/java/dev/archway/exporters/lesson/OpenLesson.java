package dev.archway.exporters.lesson;

import dev.archway.exporters.InputException;
import dev.archway.exporters.InputFiles;
import dev.archway.exporters.InputKind;
import dev.archway.exporters.designfile.DesignFile;
import dev.archway.exporters.examples.Examples;
import dev.archway.model.Design;
import dev.archway.model.lesson.Lesson;
import java.nio.file.Path;

/**
 * A lesson together with where its designs live: next to the lesson file on disk, or among the bundled lessons on
 * the classpath. A design reference is a path relative to the lesson file, or {@code example:FILE} for a bundled
 * example design.
 */
public record OpenLesson(Lesson lesson, Path file, boolean bundled) {
    private static final String EXAMPLE = "example:";

    public Design startDesign() throws InputException {
        return design(lesson.startDesign(), "startDesign");
    }

    /** The solution design, or null when the lesson has none. */
    public Design solutionDesign() throws InputException {
        return lesson.solutionDesign() == null ? null : design(lesson.solutionDesign(), "solutionDesign");
    }

    private Design design(String reference, String key) throws InputException {
        if (reference.startsWith(EXAMPLE)) {
            try {
                return Examples.load(reference.substring(EXAMPLE.length()));
            } catch (java.util.NoSuchElementException e) {
                throw new InputException(file, key, e.getMessage());
            }
        }
        if (bundled) {
            Path base = file.getParent();
            return classpathDesign(base == null ? Path.of(reference) : base.resolve(reference).normalize());
        }
        return DesignFile.read(InputFiles.referenced(file, reference, key));
    }

    private static Design classpathDesign(Path resource) throws InputException {
        String name = resource.toString().replace('\\', '/');
        return DesignFile.fromJson(InputFiles.resource(name, InputKind.DESIGN), resource);
    }
}
