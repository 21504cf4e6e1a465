package dev.cms.analytics;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN.md, "Analytics": pure functions over summaries, reading through cms-core only, never through an adapter. */
class ArchitectureTest {
    private static final JavaClasses ANALYTICS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("dev.cms.analytics");

    @Test
    void analytics_dependsOnlyOnJdkCoreAndHipparchus() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "dev.cms.analytics..", "dev.cms.core..", "org.hipparchus..")
                .because("analytics reads through cms-core's API; adapters and the test-kit stay out")
                .check(ANALYTICS);
    }

    @Test
    void publicApi_doesNotExposeHipparchusTypes() {
        methods().that().arePublic().and().areDeclaredInClassesThat().resideInAPackage("dev.cms.analytics.clv")
                .should().haveRawReturnType(not(resideInAPackage("org.hipparchus..")))
                .because("Hipparchus is an implementation detail that may be replaced")
                .check(ANALYTICS);
    }
}
