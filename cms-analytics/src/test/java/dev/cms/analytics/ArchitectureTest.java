package dev.cms.analytics;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
        classes().that().resideOutsideOfPackage("dev.cms.analytics.json")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "dev.cms.analytics..", "dev.cms.core..", "org.hipparchus..")
                .because("analytics reads through cms-core's API; adapters and the test-kit stay out")
                .check(ANALYTICS);
    }

    @Test
    void json_isTheOnlyPackageThatUsesJackson_andOnlyTheCoresApi() {
        classes().that().resideInAPackage("dev.cms.analytics.json")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "dev.cms.analytics.kpi..", "dev.cms.analytics.json..", "dev.cms.core..",
                        "com.fasterxml.jackson..")
                .because("Jackson is optional: the KPIs and the models must work without it")
                .check(ANALYTICS);
    }

    @Test
    void kpis_readThroughTheServices_neverThroughThePorts() {
        noClasses().that().resideInAPackage("dev.cms.analytics.kpi")
                .should().dependOnClassesThat().resideInAnyPackage("dev.cms.core.spi..", "dev.cms.core.internal..")
                .because("KPIs go through the public services, so the access policy applies to every read")
                .check(ANALYTICS);
    }

    @Test
    void publicApi_doesNotExposeHipparchusTypes() {
        methods().that().arePublic().and().areDeclaredInClassesThat()
                .resideInAnyPackage("dev.cms.analytics.clv", "dev.cms.analytics.kpi", "dev.cms.analytics.json")
                .should().haveRawReturnType(not(resideInAPackage("org.hipparchus..")))
                .because("Hipparchus is an implementation detail that may be replaced")
                .check(ANALYTICS);
    }
}
