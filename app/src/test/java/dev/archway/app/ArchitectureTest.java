package dev.archway.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.archway.app.ui.document.Document;
import dev.archway.model.Design;
import dev.archway.model.command.Command;
import dev.archway.model.command.CommandStack;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The structure docs/architecture.md describes, checked on every build. */
@AnalyzeClasses(packages = "dev.archway",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {

    /** The model's test-jar (the shared fixtures) is test code too, though Maven hands it over as a jar. */
    public static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    /** No package depends, even through others, on a package that depends on it. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.archway.(**)").should().beFreeOfCycles();

    /** The rules see every module's main code, not just the app's: a cycle through account counts too. */
    @ArchTest
    static void theRulesSeeEveryModule(JavaClasses classes) {
        Set<String> modules = classes.stream().map(JavaClass::getPackageName)
                .filter(p -> p.startsWith("dev.archway.")).map(p -> p.split("\\.")[2]).collect(Collectors.toSet());
        assertTrue(modules.containsAll(Set.of("model", "exporters", "account", "app")), "modules seen: " + modules);
    }

    /**
     * The GUI changes a design only through Document.apply: no view runs commands or writes the design itself. The
     * file layer (app.ui.file) is the exception: it completes a design it has just read, before it becomes a document.
     */
    @ArchTest
    static final ArchRule guiEditsOnlyThroughTheDocument = noClasses().that().resideInAPackage("dev.archway.app.ui..")
            .and().resideOutsideOfPackage("dev.archway.app.ui.file..")
            .and().doNotBelongToAnyOf(Document.class)
            .should().callMethodWhere(target(owner(assignableTo(CommandStack.class)))
                    .and(target(nameMatching("execute"))))
            .orShould().callMethodWhere(target(owner(assignableTo(Command.class)))
                    .and(target(nameMatching("apply|revert"))))
            .orShould().callMethodWhere(target(owner(assignableTo(Design.class)))
                    .and(target(nameMatching("put|remove|rename|set[A-Z].*|batch"))))
            .because("every edit is an undoable command applied through Document.apply (docs/architecture.md)");

    /**
     * The window builds and wires the parts; no part reaches back into it (panels get the document, the selection and
     * the services they need through their constructors and {@code Workspace}), and only the window holds the menu.
     */
    @ArchTest
    static final ArchRule onlyTheLauncherKnowsTheWindow = noClasses().that()
            .haveNameNotMatching("dev\\.archway\\.app\\.ui\\.(DesignerWindow|DesignerApp)(\\$.*)?")
            .should().dependOnClassesThat().haveNameMatching("dev\\.archway\\.app\\.ui\\.DesignerWindow(\\$.*)?")
            .because("the window is not a service locator (docs/architecture.md)");

    @ArchTest
    static final ArchRule onlyTheWindowHoldsTheMenu = noClasses().that()
            .haveNameNotMatching("dev\\.archway\\.app\\.ui\\.(DesignerWindow|MainMenu)(\\$.*)?")
            .should().dependOnClassesThat().haveNameMatching("dev\\.archway\\.app\\.ui\\.MainMenu(\\$.*)?");

    /** A class's simple name says which one it is: no two top-level classes share one (two StackPlans, two Props). */
    @ArchTest
    static void classNamesAreUniqueAcrossTheCodeBase(JavaClasses classes) {
        Map<String, List<String>> byName = classes.stream().filter(JavaClass::isTopLevelClass)
                .filter(c -> !c.getSimpleName().equals("package-info"))
                .collect(Collectors.groupingBy(JavaClass::getSimpleName, TreeMap::new,
                        Collectors.mapping(JavaClass::getName, Collectors.toList())));
        byName.values().removeIf(names -> names.size() < 2);
        assertEquals(Map.of(), byName);
    }
}
