package io.spendsense.ui.budgets;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The budgets and insights view-models, their rows and the budget alerts stay toolkit-free (tested without JavaFX). */
@AnalyzeClasses(packages = {"io.spendsense.ui.budgets", "io.spendsense.ui.insights"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class BudgetsArchitectureTest {
    @ArchTest
    static final ArchRule modelsDoNotTouchScenesOrPlatform = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel").or().haveSimpleNameEndingWith("Row")
            .or().haveSimpleNameEndingWith("Point").or().haveSimpleNameEndingWith("Alerts")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.application.Platform");
}
