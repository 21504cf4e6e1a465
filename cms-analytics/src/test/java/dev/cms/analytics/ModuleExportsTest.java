package dev.cms.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cms.analytics.clv.BgNbdModel;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Pins the public surface of module {@code dev.cms.analytics} as javac compiled it: the model, KPI and JSON APIs are
 * exported, the numerics are not, nothing is opened, cms-core comes along transitively (its Money is in the API) and
 * Jackson is optional.
 */
class ModuleExportsTest {
    private static ModuleDescriptor descriptor() throws IOException {
        List<ModuleDescriptor> found = new ArrayList<>();
        for (URL url : Collections.list(BgNbdModel.class.getClassLoader().getResources("module-info.class"))) {
            try (InputStream in = url.openStream()) {
                ModuleDescriptor candidate = ModuleDescriptor.read(in);
                if (candidate.name().equals("dev.cms.analytics")) {
                    found.add(candidate);
                }
            }
        }
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void exports_theModelKpiAndJsonApi_only() throws IOException {
        ModuleDescriptor d = descriptor();
        assertThat(d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("dev.cms.analytics.clv", "dev.cms.analytics.kpi", "dev.cms.analytics.json");
        assertThat(d.exports()).noneMatch(ModuleDescriptor.Exports::isQualified);
        assertThat(d.isOpen()).isFalse();
        assertThat(d.opens()).isEmpty();
        assertThat(d.requires()).anySatisfy(r -> {
            assertThat(r.name()).isEqualTo("dev.cms.core");
            assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
        });
        assertThat(d.requires()).anySatisfy(r -> {
            assertThat(r.name()).isEqualTo("com.fasterxml.jackson.databind");
            assertThat(r.modifiers()).containsExactly(ModuleDescriptor.Requires.Modifier.STATIC);
        });
    }
}
