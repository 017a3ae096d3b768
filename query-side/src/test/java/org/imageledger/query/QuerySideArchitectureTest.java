package org.imageledger.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.imageledger.query", importOptions = ImportOption.DoNotIncludeTests.class)
class QuerySideArchitectureTest {

    /** The sides meet only in PostgreSQL and the shared events. */
    @ArchTest
    static final ArchRule neverUsesTheCommandSide = noClasses()
            .that()
            .resideInAPackage("org.imageledger.query..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.imageledger.command..");

    @ArchTest
    static final ArchRule capabilitiesDoNotDependOnEachOtherInCircles =
            slices().matching("org.imageledger.query.(*)..").should().beFreeOfCycles();
}
