package org.imageledger.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.serialization.Revision;

/**
 * The contract both sides share stays plain data: stored events are found by their class names and revisions, and
 * nothing here may pull a framework into every module that depends on it.
 */
@AnalyzeClasses(packages = "org.imageledger.events", importOptions = ImportOption.DoNotIncludeTests.class)
class SharedEventsArchitectureTest {

    @ArchTest
    static final ArchRule noSpring = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.springframework..")
            .because("the events and their fold are read by every module, Spring or not");

    @ArchTest
    static final ArchRule everyEventIsATopLevelRevisedRecord = classes()
            .that()
            .implement(ImageEvent.class)
            .should()
            .beTopLevelClasses()
            .andShould()
            .beRecords()
            .andShould()
            .beAnnotatedWith(Revision.class)
            .andShould()
            .resideInAPackage("org.imageledger.events")
            .because("Axon stores an event under its class name and revision: moving, nesting or leaving one "
                    + "unrevised breaks reading the stored stream");
}
