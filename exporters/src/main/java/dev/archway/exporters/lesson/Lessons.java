package dev.archway.exporters.lesson;

import dev.archway.exporters.InputException;
import dev.archway.exporters.InputFiles;
import dev.archway.exporters.InputKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lessons bundled in the jar (resources under {@code lessons/}, each {@code NN-id.lesson.yaml} with its designs in
 * the folder {@code NN-id/}), and opening a lesson by bundled id or by path.
 */
public final class Lessons {
    private static final String FOLDER = "lessons/";

    /** Bundled lesson files in teaching order. */
    public static final List<String> BUNDLED = List.of("01-alb-or-nlb.lesson.yaml", "02-host-path-routing.lesson.yaml",
            "03-public-private-subnets.lesson.yaml", "04-ssl-termination.lesson.yaml", "05-aurora-django.lesson.yaml",
            "06-az-failure.lesson.yaml");

    private Lessons() {
    }

    /** Every bundled lesson, in teaching order. */
    public static List<OpenLesson> bundled() {
        List<OpenLesson> all = new ArrayList<>();
        for (String file : BUNDLED) {
            try {
                all.add(bundled(file));
            } catch (InputException e) {
                throw new IllegalStateException("a bundled lesson is broken: " + e.getMessage(), e);
            }
        }
        return all;
    }

    /**
     * Opens what a user names: a bundled lesson's id ({@code public-private-subnets}) or file name, else a lesson
     * file on disk.
     */
    public static OpenLesson open(String nameOrPath) throws InputException {
        for (String file : BUNDLED) {
            if (file.equals(nameOrPath) || idOf(file).equals(nameOrPath)) {
                return bundled(file);
            }
        }
        Path path = Path.of(nameOrPath);
        if (!Files.exists(path)) {
            throw new InputException(path, null, "no such lesson file, and no bundled lesson with that id (bundled: "
                    + String.join(", ", BUNDLED.stream().map(Lessons::idOf).toList()) + ")");
        }
        return new OpenLesson(LessonFile.read(path), path, false);
    }

    private static OpenLesson bundled(String file) throws InputException {
        Path resource = Path.of(FOLDER + file);
        return new OpenLesson(LessonFile.parse(InputFiles.resource(FOLDER + file, InputKind.LESSON), resource),
                resource, true);
    }

    /** {@code 03-public-private-subnets.lesson.yaml} → {@code public-private-subnets}. */
    static String idOf(String file) {
        return file.replaceFirst("^\\d+-", "").replaceFirst("\\.lesson\\.ya?ml$", "");
    }
}
