package org.imageledger.command;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The write side never reaches into the read side, and its aggregate knows nothing of HTTP. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.imageledger.command");

    @Test
    void neverDependsOnTheQuerySide() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.imageledger.query..")
                .check(classes);
    }

    @Test
    void theAggregateKnowsNothingOfTheWeb() {
        noClasses()
                .that()
                .resideInAPackage("..command.image..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework.web..",
                        "org.springframework.http..",
                        "jakarta.servlet..",
                        "org.imageledger.command.web..")
                .check(classes);
    }
}
