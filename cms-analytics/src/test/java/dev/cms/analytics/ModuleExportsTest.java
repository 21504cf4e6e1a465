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
 * Pins the public surface of module {@code dev.cms.analytics} as javac compiled it: only the model API is exported,
 * the numerics are not, nothing is opened, and cms-core comes along transitively (its Money is in the API).
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
    void exports_onlyTheModelApi() throws IOException {
        ModuleDescriptor d = descriptor();
        assertThat(d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .containsExactly("dev.cms.analytics.clv");
        assertThat(d.exports()).noneMatch(ModuleDescriptor.Exports::isQualified);
        assertThat(d.isOpen()).isFalse();
        assertThat(d.opens()).isEmpty();
        assertThat(d.requires()).anySatisfy(r -> {
            assertThat(r.name()).isEqualTo("dev.cms.core");
            assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
        });
    }
}
