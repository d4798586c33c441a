package dev.archway.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.archway.exporters.lesson.OpenLesson;
import dev.archway.model.lesson.CheckResult;
import dev.archway.model.lesson.Lesson;
import dev.archway.model.lesson.StepResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code archway lesson} prints: per step pass or fail and why, and the hints of the first failing step only
 * (the step the student is on), as text for people or JSON for grading scripts; {@code \n} line ends everywhere.
 */
final class LessonOutput {
    private final Lesson lesson;
    private final String design;
    private final List<StepResult> results;
    private final int firstFailing;

    LessonOutput(Lesson lesson, String design, List<StepResult> results) {
        this.lesson = lesson;
        this.design = design;
        this.results = results;
        this.firstFailing = results.stream().filter(r -> !r.passed()).mapToInt(StepResult::index).findFirst()
                .orElse(-1);
    }

    static String list(List<OpenLesson> lessons) {
        int width = lessons.stream().mapToInt(l -> l.lesson().id().length()).max().orElse(0);
        StringBuilder text = new StringBuilder();
        for (OpenLesson open : lessons) {
            Lesson l = open.lesson();
            text.append(String.format("%-" + width + "s  %d steps  %s\n", l.id(), l.steps().size(), l.title()));
        }
        return text.toString();
    }

    String text() {
        StringBuilder text = new StringBuilder(lesson.title() + " (" + lesson.id() + ") on " + design + "\n");
        for (StepResult r : results) {
            text.append(String.format("  %d %s  %s\n", r.index() + 1, r.passed() ? "pass" : "FAIL", r.step().title()));
            failures(r).forEach(f -> text.append("      ").append(f).append('\n'));
            hints(r).forEach(h -> text.append("      hint: ").append(h).append('\n'));
        }
        long passed = results.stream().filter(StepResult::passed).count();
        return text.append(passed).append(" of ").append(results.size()).append(" steps pass.\n").toString();
    }

    String json() {
        List<Map<String, Object>> steps = new ArrayList<>();
        for (StepResult r : results) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("step", r.index() + 1);
            step.put("title", r.step().title());
            step.put("passed", r.passed());
            step.put("failures", failures(r));
            step.put("hints", hints(r));
            steps.add(step);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("lesson", lesson.id());
        root.put("title", lesson.title());
        root.put("design", design);
        root.put("passed", results.stream().allMatch(StepResult::passed));
        root.put("steps", steps);
        return write(root) + "\n";
    }

    private static List<String> failures(StepResult r) {
        return r.checks().stream().filter(c -> !c.passed()).map(CheckResult::failureText).toList();
    }

    private List<String> hints(StepResult r) {
        return r.index() == firstFailing ? r.step().hints() : List.of();
    }

    private static String write(Object tree) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        try {
            return new ObjectMapper().writer(printer).writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps and lists always serialise", e);
        }
    }
}
