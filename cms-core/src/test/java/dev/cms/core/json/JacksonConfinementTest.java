package dev.cms.core.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Jackson is an optional dependency of the core, so only the JSON package may touch it. */
class JacksonConfinementTest {
    @Test
    void onlyTheJsonPackage_dependsOnJackson() {
        JavaClasses core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("dev.cms.core");

        noClasses().that().resideOutsideOfPackage("dev.cms.core.json..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .because("Jackson is `requires static` in module-info: the domain must work without it")
                .check(core);
    }
}
