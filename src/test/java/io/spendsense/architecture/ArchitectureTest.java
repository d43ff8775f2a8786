package io.spendsense.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layer rules of docs (DESIGN.md "Layers"), in one place and by package and naming convention only, so that a
 * new class is covered the day it is written:
 * <pre>
 * ui  ──►  assistant  ──►  service  ──►  persistence  ──►  domain
 * cli ──►  assistant, service          (cli.bench: the benchmarks, which may reach persistence;
 *                                       cli.bench.desktop: bench-desktop, which runs the app's composition root)
 * </pre>
 */
class ArchitectureTest {
    private static final String APP = "io.spendsense";
    private static final String UI = "io.spendsense.ui..";
    private static final String UI_COMMON = "io.spendsense.ui.common..";
    private static final String CLI = "io.spendsense.cli..";
    private static final String BENCH = "io.spendsense.cli.bench..";
    private static final String DESKTOP_BENCH = "io.spendsense.cli.bench.desktop..";
    private static final String ASSISTANT = "io.spendsense.assistant..";
    private static final String SERVICE = "io.spendsense.service..";
    private static final String PERSISTENCE = "io.spendsense.persistence..";
    private static final String DOMAIN = "io.spendsense.domain..";
    /** What only the persistence layer may know: the ORM, JPA, JDBC, the migrations and the driver. */
    private static final String[] STORAGE_LIBRARIES = {"jakarta.persistence..", "org.hibernate..", "java.sql..",
        "javax.sql..", "org.flywaydb..", "org.sqlite.."};

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(APP);
    }

    /** The one exception: the desktop benchmark, which starts the toolkit and drives the real views. */
    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages(UI, DESKTOP_BENCH)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    /**
     * Controls are built by views (code-behind), cells, charts, the shared controls of {@code ui.common} and the
     * shell in {@code ui} itself; view-models and the models they hold (rows, points, messages, alerts, choices) stay
     * toolkit-free, so they test without JavaFX running, and never hop threads through {@code Platform}.
     */
    @Test
    void onlyViewsCellsChartsAndCommonControlsTouchTheScene() {
        noClasses().that().resideInAPackage(UI).and(not(sceneSide()))
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.application.Platform")
                .check(classes);
    }

    @Test
    void viewModelsDoNotTouchScenesOrThePlatform() {
        noClasses().that(topLevelNameEndsWith("ViewModel"))
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.application.Platform")
                .check(classes);
    }

    /** A view binds to its view-model; the services are the view-model's business. */
    @Test
    void viewsReachServicesOnlyThroughTheirViewModels() {
        noClasses().that().resideInAPackage(UI).and(topLevelNameEndsWith("View"))
                .should().dependOnClassesThat().resideInAnyPackage(SERVICE, PERSISTENCE)
                .check(classes);
    }

    @Test
    void domainDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, SERVICE, ASSISTANT, CLI, UI)
                .orShould().dependOnClassesThat().resideInAnyPackage(STORAGE_LIBRARIES)
                .check(classes);
    }

    @Test
    void persistenceDoesNotKnowTheLayersAboveIt() {
        noClasses().that().resideInAPackage(PERSISTENCE)
                .should().dependOnClassesThat().resideInAnyPackage(SERVICE, ASSISTANT, CLI, UI)
                .check(classes);
    }

    @Test
    void servicesDoNotKnowTheAssistantCliOrUi() {
        noClasses().that().resideInAPackage(SERVICE)
                .should().dependOnClassesThat().resideInAnyPackage(ASSISTANT, CLI, UI)
                .check(classes);
    }

    @Test
    void assistantUsesServicesNotPersistenceTheCliOrTheUi() {
        noClasses().that().resideInAPackage(ASSISTANT)
                .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, CLI, UI)
                .check(classes);
    }

    /**
     * Only {@code persistence} knows Hibernate, JPA, JDBC, Flyway and the SQLite driver. The one exception is
     * explicit and narrow: the benchmarks' plain-JDBC yardstick in {@code cli.bench}, which exists to be compared
     * with the real import path.
     */
    @Test
    void onlyPersistenceKnowsHibernateAndSql() {
        noClasses().that().resideOutsideOfPackages(PERSISTENCE)
                .and().doNotHaveFullyQualifiedName("io.spendsense.cli.bench.JdbcBaseline")
                .should().dependOnClassesThat().resideInAnyPackage(STORAGE_LIBRARIES)
                .check(classes);
    }

    /** The desktop app and the commands reach the data through the services (and the assistant), never below. */
    @Test
    void uiAndCliReachDataOnlyThroughServices() {
        noClasses().that().resideInAnyPackage(UI, CLI).and().resideOutsideOfPackage(BENCH)
                .should().dependOnClassesThat().resideInAPackage(PERSISTENCE)
                .check(classes);
    }

    /**
     * The benchmarks ({@code bench}, {@code bench-assistant}, {@code bench-forecast}) live in {@code cli.bench}: the
     * root command registers them and nothing else knows them, so no app path can call benchmark code.
     */
    @Test
    void onlyTheRootCommandKnowsTheBenchmarks() {
        noClasses().that().resideOutsideOfPackage(BENCH)
                .and().doNotHaveFullyQualifiedName("io.spendsense.cli.SpendSenseCommand")
                .should().dependOnClassesThat().resideInAPackage(BENCH)
                .check(classes);
    }

    /**
     * The benchmarks may reach into persistence, but only into persistence: never the desktop app. The exception is
     * {@code cli.bench.desktop} ({@code bench-desktop}), which runs the app to measure it.
     */
    @Test
    void benchmarksDoNotKnowTheUi() {
        noClasses().that().resideInAPackage(BENCH).and().resideOutsideOfPackage(DESKTOP_BENCH)
                .should().dependOnClassesThat().resideInAnyPackage(UI, "javafx..")
                .check(classes);
    }

    /**
     * The desktop benchmark runs the app as it is: it builds the composition root ({@code ui}, with the task runner
     * of {@code ui.common} and the preferences of {@code ui.settings}) and finds everything else on the screen by
     * node id and style class, as the TestFX tests do. It knows no view, view-model or feature package, so the app
     * needs no hook for it.
     */
    @Test
    void theDesktopBenchmarkKnowsOnlyTheCompositionRoot() {
        noClasses().that().resideInAPackage(DESKTOP_BENCH)
                .should().dependOnClassesThat(resideInAPackage(UI).and(DescribedPredicate.not(
                        resideInAnyPackage("io.spendsense.ui", UI_COMMON, "io.spendsense.ui.settings.."))))
                .check(classes);
    }

    @Test
    void noCyclesBetweenTheLayers() {
        slices().matching("io.spendsense.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * Each feature under {@code ui} (budgets, charts, chat, expenses, ...) stands on {@code ui.common} alone, so that
     * one can change without the others; shared styles and formatting live in {@code ui.common}. The one arrow
     * between features is the shell's: {@code ui.main} (the main window) shows the settings ({@code ui.settings}).
     * The composition root in {@code ui} itself wires the features together.
     */
    @Test
    void uiFeaturesDoNotDependOnEachOther() {
        slices().matching("io.spendsense.ui.(*)..").should().notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), resideInAPackage(UI_COMMON))
                .ignoreDependency(resideInAPackage("io.spendsense.ui.main.."),
                        resideInAPackage("io.spendsense.ui.settings.."))
                .check(classes);
    }

    @Test
    void noCyclesBetweenUiFeatures() {
        slices().matching("io.spendsense.ui.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** Views, cells, charts, the shared controls and the shell (composition root, launcher) build the scene. */
    private static DescribedPredicate<JavaClass> sceneSide() {
        return resideInAnyPackage(UI_COMMON).or(resideInAPackage("io.spendsense.ui"))
                .or(topLevelNameEndsWith("View")).or(topLevelNameEndsWith("Cell")).or(topLevelNameEndsWith("Chart"))
                .as("views, cells, charts, ui.common and the shell");
    }

    private static DescribedPredicate<JavaClass> not(DescribedPredicate<JavaClass> predicate) {
        return DescribedPredicate.not(predicate);
    }

    /** By the name of the outermost class, so that a view's listeners and lambdas count as the view. */
    private static DescribedPredicate<JavaClass> topLevelNameEndsWith(String suffix) {
        return DescribedPredicate.describe("a (nested in a) class named *" + suffix, c -> {
            String name = c.getName();
            int nested = name.indexOf('$');
            String top = nested < 0 ? name : name.substring(0, nested);
            return top.substring(top.lastIndexOf('.') + 1).endsWith(suffix);
        });
    }
}
