package dev.cms.examples;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.cms.core.Cms;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Rules across modules (DESIGN.md: "Dependency arrows only point toward cms-core. Adapters never depend on each
 * other."). This module depends on every other one, so its test class path holds all of their classes.
 */
class ArchitectureTest {
    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cms");

    /** The modules an application ships: the core, the adapters and the test-kit (not these examples). */
    private static final DescribedPredicate<JavaClass> LIBRARY =
            resideInAnyPackage("dev.cms.core..", "dev.cms.persistence..", "dev.cms.testkit..")
                    .as("belong to cms-core, an adapter or cms-testkit");

    @Test
    void imported_everyModuleOnTheClassPath() {
        assertThat(ALL.stream().map(JavaClass::getPackageName))
                .contains("dev.cms.core", "dev.cms.core.internal", "dev.cms.persistence.memory", "dev.cms.testkit",
                        "dev.cms.examples");
    }

    @Test
    void adapters_doNotDependOnEachOther() {
        slices().matching("dev.cms.persistence.(*)..").namingSlices("adapter $1")
                .should().notDependOnEachOther()
                .check(ALL);
    }

    @Test
    void adapters_dependNeitherOnTheTestKitNorOnTheExamples() {
        noClasses().that().resideInAPackage("dev.cms.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.cms.testkit..", "dev.cms.examples..")
                .because("an adapter's main code sees only cms-core; the test-kit is for its tests")
                .check(ALL);
    }

    @Test
    void testKit_dependsOnNoAdapter() {
        noClasses().that().resideInAPackage("dev.cms.testkit..")
                .should().dependOnClassesThat().resideInAPackage("dev.cms.persistence..")
                .because("the contracts are written against the SPI so that every adapter can run them")
                .check(ALL);
    }

    @Test
    void coreInternals_areUsedOnlyInsideCmsCore() {
        noClasses().that().resideOutsideOfPackage("dev.cms.core..")
                .should().dependOnClassesThat().resideInAPackage("dev.cms.core.internal..")
                .check(ALL);
    }

    @Test
    void internalPackages_areUsedOnlyBelowTheirOwnRootPackage() {
        ArchCondition<JavaClass> stayInside = new ArchCondition<>("use an ..internal.. package only from below its parent") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    int internal = target.indexOf(".internal");
                    if (!target.startsWith("dev.cms.") || internal < 0) {
                        continue;
                    }
                    String root = target.substring(0, internal);
                    String from = origin.getPackageName();
                    if (!from.equals(root) && !from.startsWith(root + ".")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().should(stayInside).check(ALL);
    }

    @Test
    void library_readsTimeOnlyFromTheInjectedClock_exceptTheBuildersDefault() {
        noSystemTime(LIBRARY, true).check(ALL);
    }

    @Test
    void systemTimeRule_findsCallsAndMethodReferences() {
        EvaluationResult result = noSystemTime(JavaClass.Predicates.equivalentTo(ReadsTheSystemTime.class), true)
                .evaluate(new ClassFileImporter().importClasses(ReadsTheSystemTime.class));

        assertThat(result.getFailureReport().getDetails())
                .hasSize(3)
                .anySatisfy(line -> assertThat(line).contains("Instant.now()"))
                .anySatisfy(line -> assertThat(line).contains("LocalDateTime.now()"))
                .anySatisfy(line -> assertThat(line).contains("Clock.systemDefaultZone()"));
    }

    @Test
    void systemTimeRule_exemptsExactlyTheDefaultClockOfCmsBuilder() {
        EvaluationResult withoutExemption = noSystemTime(LIBRARY, false).evaluate(ALL);

        assertThat(withoutExemption.getFailureReport().getDetails())
                .singleElement()
                .satisfies(line -> assertThat(line).contains(Cms.Builder.class.getName()).contains("Clock.systemUTC()"));
    }

    private static ArchRule noSystemTime(DescribedPredicate<JavaClass> scope, boolean exemptBuilderDefault) {
        DescribedPredicate<JavaAccess<?>> readsSystemTime = new DescribedPredicate<>("read the system time") {
            @Override
            public boolean test(JavaAccess<?> access) {
                AccessTarget target = access.getTarget();
                String owner = target.getOwner().getName();
                String name = target.getName();
                boolean systemTime = owner.startsWith("java.time.") && name.equals("now")
                        || owner.equals("java.time.Clock") && (name.startsWith("system") || name.startsWith("tick") && !name.equals("tick"))
                        || owner.equals("java.time.InstantSource") && name.equals("system")
                        || owner.equals("java.lang.System") && name.equals("currentTimeMillis")
                        || owner.equals("java.util.Date") && name.equals("<init>") && target instanceof AccessTarget.ConstructorCallTarget c
                                && c.getRawParameterTypes().isEmpty();
                boolean builderDefault = exemptBuilderDefault
                        && access.getOriginOwner().isEquivalentTo(Cms.Builder.class)
                        && owner.equals("java.time.Clock") && name.equals("systemUTC");
                return systemTime && !builderDefault;
            }
        };
        return noClasses().that(scope).should().accessTargetWhere(readsSystemTime)
                .because("time comes only from the Clock given to Cms (DESIGN.md), so tests can move it; "
                        + "the builder's default Clock.systemUTC() is the one place the system clock enters");
    }

    /** A fixture the time rule must reject (read by ArchUnit, never run): two calls and a method reference. */
    private static final class ReadsTheSystemTime {
        Instant stamp() {
            return Instant.now();
        }

        Supplier<LocalDateTime> later() {
            return LocalDateTime::now;
        }

        Clock clock() {
            return Clock.systemDefaultZone();
        }
    }
}
