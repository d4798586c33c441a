package dev.archway.app;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.archway.app.ui.document.Document;
import dev.archway.model.Design;
import dev.archway.model.command.CommandStack;

/** The structure docs/architecture.md describes, checked on every build. */
@AnalyzeClasses(packages = "dev.archway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** No package depends, even through others, on a package that depends on it. */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.archway.(**)").should().beFreeOfCycles();

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
            .orShould().callMethodWhere(target(owner(assignableTo(Design.class)))
                    .and(target(nameMatching("put|remove|rename|setBounds|setCfnExtras|batch"))))
            .because("every edit is an undoable command applied through Document.apply (docs/architecture.md)");
}
