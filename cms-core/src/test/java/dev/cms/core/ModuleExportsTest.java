package dev.cms.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cms.core.internal.UnitOfWork;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pins the public surface of module {@code dev.cms.core} as javac compiled it: exactly these packages are exported, to
 * everyone, the implementation package is not, nothing is opened for reflection, and Jackson stays optional. Adding
 * or removing an exported package is an API decision, so it must change this test too.
 */
class ModuleExportsTest {
    private static ModuleDescriptor descriptor;

    @BeforeAll
    static void readCompiledDescriptor() throws IOException {
        // Tests run on the class path, where every modular jar contributes a module-info.class; pick ours by name.
        List<ModuleDescriptor> found = new ArrayList<>();
        for (URL url : Collections.list(Cms.class.getClassLoader().getResources("module-info.class"))) {
            try (InputStream in = url.openStream()) {
                ModuleDescriptor candidate = ModuleDescriptor.read(in);
                if (candidate.name().equals("dev.cms.core")) {
                    found.add(candidate);
                }
            }
        }
        assertThat(found).as("compiled module-info.class of dev.cms.core on the test class path").hasSize(1);
        descriptor = found.get(0);
    }

    @Test
    void exports_exactlyTheApiPackages_toEveryModule() {
        assertThat(descriptor.exports()).allSatisfy(export -> assertThat(export.isQualified())
                .as("export of %s is unqualified", export.source()).isFalse());
        assertThat(descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(
                        "dev.cms.core",
                        "dev.cms.core.access",
                        "dev.cms.core.commerce",
                        "dev.cms.core.customer",
                        "dev.cms.core.feedback",
                        "dev.cms.core.interaction",
                        "dev.cms.core.json",
                        "dev.cms.core.money",
                        "dev.cms.core.sales",
                        "dev.cms.core.segment",
                        "dev.cms.core.spi",
                        "dev.cms.core.support",
                        "dev.cms.core.task");
    }

    @Test
    void internalPackage_isInTheModuleButNotExported() {
        // javac writes no ModulePackages attribute (jar does), so prove the package is ours through one of its classes.
        assertThat(UnitOfWork.class.getPackageName()).isEqualTo("dev.cms.core.internal");
        assertThat(UnitOfWork.class.getProtectionDomain().getCodeSource().getLocation())
                .isEqualTo(Cms.class.getProtectionDomain().getCodeSource().getLocation());
        assertThat(descriptor.exports()).noneSatisfy(export ->
                assertThat(export.source()).startsWith("dev.cms.core.internal"));
    }

    @Test
    void module_opensNothingForReflection() {
        assertThat(descriptor.isOpen()).isFalse();
        assertThat(descriptor.opens()).isEmpty();
    }

    @Test
    void jackson_isAnOptionalStaticRequirement_andSlf4jIsTransitive() {
        assertThat(requirement("com.fasterxml.jackson.databind"))
                .containsExactly(ModuleDescriptor.Requires.Modifier.STATIC);
        assertThat(requirement("org.slf4j"))
                .containsExactly(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
    }

    private static Set<ModuleDescriptor.Requires.Modifier> requirement(String module) {
        return descriptor.requires().stream()
                .filter(r -> r.name().equals(module))
                .findFirst()
                .map(ModuleDescriptor.Requires::modifiers)
                .orElseThrow(() -> new AssertionError("dev.cms.core does not require " + module));
    }
}
