package dev.cms.core.spi;

import dev.cms.core.customer.AttributeDefinition;
import java.util.List;
import java.util.Optional;

/** Stores the declarations of custom attributes, keyed by {@link AttributeDefinition#key()}. */
public interface AttributeDefinitionRepository {
    /**
     * {@return its declaration, or empty}
     *
     * @param key an attribute key
     */
    Optional<AttributeDefinition> find(String key);

    /** {@return every declaration, ordered by key} */
    List<AttributeDefinition> findAll();

    /**
     * Inserts the declaration, or replaces the one with the same key.
     *
     * @param definition the declaration
     */
    void save(AttributeDefinition definition);
}
