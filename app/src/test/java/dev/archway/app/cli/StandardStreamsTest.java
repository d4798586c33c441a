package dev.archway.app.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Only the CLI's output classes touch System.out and System.err; everything else prints through them. */
@AnalyzeClasses(packages = "dev.archway", importOptions = ImportOption.DoNotIncludeTests.class)
class StandardStreamsTest {

    @ArchTest
    static final ArchRule onlyTheCliOutputClassesUseTheStandardStreams = noClasses().that()
            .resideOutsideOfPackage("dev.archway.app.cli.output..").should(ACCESS_STANDARD_STREAMS);
}
