package dev.cms.core.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.Serial;

/**
 * Registers JSON serializers and deserializers for the library's value types with a Jackson {@code ObjectMapper}:
 * {@code new ObjectMapper().registerModule(new CmsJacksonModule())}.
 */
// "exports": this public type extends a Jackson class although Jackson is only `requires static` (optional), so
// applications that never use JSON do not need it; those that do already depend on Jackson to have an ObjectMapper.
@SuppressWarnings("exports")
public final class CmsJacksonModule extends SimpleModule {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public CmsJacksonModule() {
        super("cms");
    }
}
