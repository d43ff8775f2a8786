package io.spendsense.ui.charts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The charts and chat view-models (and their model classes) stay toolkit-free, so they test without JavaFX running. */
@AnalyzeClasses(packages = {"io.spendsense.ui.charts", "io.spendsense.ui.chat"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class InsightsArchitectureTest {
    @ArchTest
    static final ArchRule viewModelsDoNotTouchScenesOrPlatform = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel").or().haveSimpleNameEndingWith("Message")
            .or().haveSimpleNameEndingWith("Function").or().haveSimpleNameEndingWith("Data")
            .or().haveSimpleNameEndingWith("Range")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.application.Platform");
}
