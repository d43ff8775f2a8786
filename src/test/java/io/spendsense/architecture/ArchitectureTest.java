package io.spendsense.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layers' arrows pointing one way: ui → assistant → service → persistence → domain. */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.spendsense");
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("io.spendsense.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void viewModelsDoNotTouchScenesOrThePlatform() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.application.Platform")
                .check(classes);
    }

    @Test
    void domainDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("io.spendsense.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.spendsense.persistence..",
                        "io.spendsense.service..", "io.spendsense.assistant..", "io.spendsense.cli..",
                        "io.spendsense.ui..",
                        "jakarta.persistence..", "org.hibernate..")
                .check(classes);
    }

    @Test
    void persistenceDoesNotKnowTheLayersAboveIt() {
        noClasses().that().resideInAPackage("io.spendsense.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("io.spendsense.service..",
                        "io.spendsense.assistant..", "io.spendsense.cli..", "io.spendsense.ui..")
                .check(classes);
    }

    @Test
    void servicesDoNotKnowTheAssistantCliOrUi() {
        noClasses().that().resideInAPackage("io.spendsense.service..")
                .should().dependOnClassesThat().resideInAnyPackage("io.spendsense.assistant..", "io.spendsense.cli..",
                        "io.spendsense.ui..")
                .check(classes);
    }

    @Test
    void assistantUsesServicesNotHibernateOrTheUi() {
        noClasses().that().resideInAPackage("io.spendsense.assistant..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..",
                        "io.spendsense.ui..", "io.spendsense.cli..")
                .check(classes);
    }

    @Test
    void onlyPersistenceKnowsHibernateAndSql() {
        noClasses().that().resideOutsideOfPackages("io.spendsense.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..",
                        "org.sqlite..", "org.flywaydb..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("io.spendsense.(*)..").should().beFreeOfCycles().check(classes);
    }
}
