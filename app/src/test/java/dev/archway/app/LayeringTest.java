package dev.archway.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Dependencies point one way: app -> exporters -> model. The model is pure Java. */
@AnalyzeClasses(packages = "dev.archway", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule modelIsPureJava = noClasses().that().resideInAPackage("dev.archway.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.fasterxml.jackson..", "picocli..",
                    "java.nio.file..", "dev.archway.exporters..", "dev.archway.app..");

    @ArchTest
    static final ArchRule exportersKnowNothingOfTheGuiOrCli = noClasses().that()
            .resideInAPackage("dev.archway.exporters..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "picocli..", "dev.archway.app..");
}
