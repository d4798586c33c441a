package dev.archway.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Dependencies point one way: app -> account -> exporters -> model (app also uses exporters and model directly). The
 * model is pure Java; the AWS SDK stays in the account module.
 */
@AnalyzeClasses(packages = "dev.archway", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule modelIsPureJava = noClasses().that().resideInAPackage("dev.archway.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.fasterxml.jackson..", "picocli..",
                    "java.nio.file..", "dev.archway.exporters..", "dev.archway.account..", "dev.archway.app..");

    @ArchTest
    static final ArchRule exportersKnowNothingOfTheGuiOrCli = noClasses().that()
            .resideInAPackage("dev.archway.exporters..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "picocli..", "dev.archway.account..",
                    "dev.archway.app..");

    @ArchTest
    static final ArchRule accountKnowsNothingOfTheGuiOrCli = noClasses().that()
            .resideInAPackage("dev.archway.account..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "picocli..", "dev.archway.app..");

    @ArchTest
    static final ArchRule onlyTheAccountModuleTalksToAws = noClasses().that()
            .resideOutsideOfPackage("dev.archway.account..")
            .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..")
            .because("reading an AWS account is the account module's one concern (docs/architecture.md)");
}
