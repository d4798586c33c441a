package dev.archway.app.cli;

import dev.archway.app.cli.output.TerminalText;
import dev.archway.exporters.InputException;
import dev.archway.exporters.lesson.Lessons;
import dev.archway.exporters.lesson.OpenLesson;
import dev.archway.model.Design;
import dev.archway.model.lesson.LessonChecker;
import dev.archway.model.lesson.LessonReview;
import dev.archway.model.lesson.StepResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code archway lesson list}, {@code archway lesson check LESSON DESIGN [--format text|json]} (grades a student's
 * design against a lesson's steps) and {@code archway lesson review LESSON} (a teacher's test of a new lesson against
 * its own start and solution). Exit 0 when all is well, 1 when something fails, 2 on bad input.
 */
@Command(name = "lesson", mixinStandardHelpOptions = true,
        description = "List the bundled workshop lessons, or check a design against a lesson.",
        subcommands = {LessonCli.ListLessons.class, LessonCli.CheckDesign.class, LessonCli.ReviewLesson.class})
public final class LessonCli implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a subcommand: list, check or review");
    }

    /** {@code archway lesson list}: id, number of steps and title of every bundled lesson, in teaching order. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the bundled lessons.")
    static final class ListLessons implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.print(LessonOutput.list(Lessons.bundled()));
            out.flush();
            return ArchwayCli.OK;
        }
    }

    /** {@code archway lesson check LESSON DESIGN}: every step, pass or fail, with hints for the first failing one. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Check a design against every step of a lesson (exit 0: all pass, 1: some fail).")
    static final class CheckDesign implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "LESSON", description = "a bundled lesson's id or a lesson file")
        String lesson;

        @Parameters(index = "1", paramLabel = "DESIGN",
                description = "the student's design: an Archway design or a CloudFormation template")
        Path design;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
                description = "text or json (default: ${DEFAULT-VALUE})")
        String format;

        @Mixin
        AssumptionOptions assumptions = new AssumptionOptions();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws InputException {
            if (!List.of("text", "json").contains(format)) {
                throw new ParameterException(spec.commandLine(), "--format must be text or json, not '" + format + "'");
            }
            OpenLesson open = Lessons.open(lesson);
            Design loaded = assumptions.apply(CliSupport.load(design), design);
            List<StepResult> results = new LessonChecker().check(open.lesson(), loaded);
            PrintWriter out = spec.commandLine().getOut();
            LessonOutput output = new LessonOutput(open.lesson(), design.toString(), results);
            out.print("json".equals(format) ? output.json() : TerminalText.visibleLines(output.text()));
            out.flush();
            return results.stream().allMatch(StepResult::passed) ? ArchwayCli.OK : ArchwayCli.PROBLEMS;
        }
    }

    /** {@code archway lesson review LESSON}: the start fails step 1, the solution passes every step, each has a hint. */
    @Command(name = "review", mixinStandardHelpOptions = true,
            description = "Check a lesson against its own start and solution designs (exit 0: ready to teach).")
    static final class ReviewLesson implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "LESSON", description = "a bundled lesson's id or a lesson file")
        String lesson;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws InputException {
            OpenLesson open = Lessons.open(lesson);
            List<String> problems = new LessonReview().problems(open.lesson(), open.startDesign(),
                    open.solutionDesign());
            PrintWriter out = spec.commandLine().getOut();
            String name = open.lesson().title() + " (" + open.lesson().id() + ")";
            if (problems.isEmpty()) {
                out.println(name + " is ready: the start fails step 1, the solution passes all "
                        + open.lesson().steps().size() + " steps, every step has a hint.");
            } else {
                out.println(name + " is not ready:");
                problems.forEach(p -> out.println("  " + TerminalText.visible(p)));
            }
            out.flush();
            return problems.isEmpty() ? ArchwayCli.OK : ArchwayCli.PROBLEMS;
        }
    }
}
