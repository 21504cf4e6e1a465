package dev.cms.persistence.memory;

import dev.cms.core.customer.AttributeDefinition;
import dev.cms.core.spi.AttributeDefinitionRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Attribute declarations, sorted by key. */
final class MemoryAttributeDefinitions implements AttributeDefinitionRepository {
    private final MemoryStore store;
    private final Map<String, AttributeDefinition> byKey = new TreeMap<>();

    MemoryAttributeDefinitions(MemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<AttributeDefinition> find(String key) {
        return store.read(() -> Optional.ofNullable(byKey.get(key)));
    }

    @Override
    public List<AttributeDefinition> findAll() {
        return store.read(() -> List.copyOf(byKey.values()));
    }

    @Override
    public void save(AttributeDefinition definition) {
        store.write(() -> {
            AttributeDefinition previous = byKey.put(definition.key(), definition);
            return () -> {
                if (previous == null) {
                    byKey.remove(definition.key());
                } else {
                    byKey.put(previous.key(), previous);
                }
            };
        });
    }
}
