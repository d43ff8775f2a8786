package io.spendsense.ui.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The recurring and rules view-models, their rows and choices stay toolkit-free (tested without JavaFX). */
@AnalyzeClasses(packages = {"io.spendsense.ui.recurring", "io.spendsense.ui.rules"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class RecurringAndRulesArchitectureTest {
    @ArchTest
    static final ArchRule modelsDoNotTouchScenesOrPlatform = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel").or().haveSimpleNameEndingWith("Row")
            .or().haveSimpleNameEndingWith("Choice").or().haveSimpleName("Repeat")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.application.Platform");

    @ArchTest
    static final ArchRule servicesAreReachedOnlyFromViewModels = noClasses()
            .that().haveSimpleNameEndingWith("View")
            .should().dependOnClassesThat().resideInAPackage("io.spendsense.service..");
}
