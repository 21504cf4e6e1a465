package dev.cms.core;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import dev.cms.core.internal.ServiceContext;
import dev.cms.core.internal.UnitOfWork;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of cms-core (DESIGN.md, "Inside cms-core"): the domain is plain Java plus SLF4J and
 * libphonenumber, Jackson stays in the optional codec package, the ports know nothing of the services built on them,
 * and only the entry point ({@link Cms}, {@link CmsScope}) wires the implementation. Rules that span modules (adapters, the test-kit,
 * time sources) live in cms-examples, which sees every module.
 */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cms.core");

    /** Every package of cms-core except the JSON codec: entry point, features, SPI and implementation. */
    private static final DescribedPredicate<JavaClass> DOMAIN =
            resideInAPackage("dev.cms.core..").and(not(resideInAPackage("dev.cms.core.json..")))
                    .as("reside in the domain of cms-core (any package but dev.cms.core.json)");

    @Test
    void domain_dependsOnlyOnJdkOwnCodeSlf4jAndLibphonenumber() {
        classes().that(DOMAIN)
                .should().onlyDependOnClassesThat(resideInAnyPackage(
                        "java..", "dev.cms.core..", "org.slf4j..", "com.google.i18n.phonenumbers.."))
                .because("the core is a pure domain; adapters and frameworks plug in through dev.cms.core.spi")
                .check(CORE);
    }

    @Test
    void domain_doesNotDependOnTheJsonCodec() {
        noClasses().that(DOMAIN)
                .should().dependOnClassesThat().resideInAPackage("dev.cms.core.json..")
                .because("JSON is an optional outer layer over the value types, not part of the model")
                .check(CORE);
    }

    @Test
    void jackson_isUsedOnlyByTheJsonCodecPackage() {
        noClasses().that().resideOutsideOfPackage("dev.cms.core.json..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .because("jackson-databind is an optional dependency (requires static): "
                        + "applications that never serialise must not need it on their path")
                .check(CORE);
    }

    @Test
    void libphonenumber_isUsedOnlyByTheCustomerPackage() {
        noClasses().that().resideOutsideOfPackage("dev.cms.core.customer")
                .should().dependOnClassesThat().resideInAPackage("com.google.i18n.phonenumbers..")
                .because("Phone is the one place that parses and formats numbers; everything else uses Phone")
                .check(CORE);
    }

    @Test
    void spi_doesNotDependOnServicesOrTheEntryPoint() {
        noClasses().that().resideInAPackage("dev.cms.core.spi..")
                .should().dependOnClassesThat(simpleNameEndingWith("Service")
                        .or(JavaClass.Predicates.belongToAnyOf(Cms.class, CmsScope.class)))
                .because("ports sit below the services: an adapter is written against the SPI and the value types only")
                .check(CORE);
    }

    @Test
    void serviceImplementations_areWiredOnlyByTheEntryPoint() {
        noClasses().that().resideOutsideOfPackage("dev.cms.core.internal..")
                .and().doNotBelongToAnyOf(Cms.class, CmsScope.class)
                .should().dependOnClassesThat(resideInAPackage("dev.cms.core.internal..")
                        .and(simpleNameEndingWith("Service")
                                .or(JavaClass.Predicates.belongToAnyOf(ServiceContext.class, UnitOfWork.class))))
                .because("the entry point (Cms and its CmsScope) is the single wiring point; value types may use the "
                        + "internal checks, not the services")
                .check(CORE);
    }

    @Test
    void implementation_doesNotDependOnTheEntryPoint() {
        noClasses().that().resideInAPackage("dev.cms.core.internal..")
                .should().dependOnClassesThat().belongToAnyOf(Cms.class, CmsScope.class)
                .because("Cms builds the services from a ServiceContext; a service reaching back to Cms would be a cycle")
                .check(CORE);
    }

    @Test
    void library_writesNeitherToStandardStreamsNorToJavaUtilLogging() {
        noClasses().should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .orShould(GeneralCodingRules.USE_JAVA_UTIL_LOGGING)
                .because("library modules log through the SLF4J API only and leave the backend to the application")
                .check(CORE);
    }

    @Test
    void library_usesJavaTimeNotTheOldDateClasses() {
        GeneralCodingRules.OLD_DATE_AND_TIME_CLASSES_SHOULD_NOT_BE_USED.check(CORE);
    }

    @Test
    void domainEvents_areRecords() {
        classes().that().implement(DomainEvent.class)
                .should().beRecords()
                .because("events are handed to every listener after commit, so they must be immutable values")
                .check(CORE);
    }
}
