package dev.cms.persistence.jpa;

import dev.cms.core.customer.AttributeDefinition;
import dev.cms.core.money.Money;
import dev.cms.core.spi.AttributeDefinitionRepository;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** {@link AttributeDefinitionRepository} over {@link AttributeDefinitionRow}. */
final class JpaAttributeDefinitions implements AttributeDefinitionRepository {
    private final JpaTransactions tx;

    JpaAttributeDefinitions(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<AttributeDefinition> find(String key) {
        return tx.read(em -> Optional.ofNullable(em.find(AttributeDefinitionRow.class, key)).map(JpaAttributeDefinitions::read));
    }

    @Override
    public List<AttributeDefinition> findAll() {
        // Keys are lower-case ASCII letters, digits and underscores, so SQL and Java order agree on them.
        return tx.read(em -> em.createQuery("select d from AttributeDefinitionRow d order by d.key", AttributeDefinitionRow.class)
                .getResultList().stream().map(JpaAttributeDefinitions::read).toList());
    }

    @Override
    public void save(AttributeDefinition definition) {
        tx.write(em -> {
            AttributeDefinitionRow row = em.find(AttributeDefinitionRow.class, definition.key());
            boolean isNew = row == null;
            if (isNew) {
                row = new AttributeDefinitionRow();
                row.key = definition.key();
            }
            row.label = definition.label();
            row.type = definition.type();
            row.required = definition.required();
            row.currency = definition.currency().map(Currency::getCurrencyCode).orElse(null);
            Collections2.sync(row.options, definition.options());
            if (isNew) {
                em.persist(row);
            }
        });
    }

    private static AttributeDefinition read(AttributeDefinitionRow row) {
        return new AttributeDefinition(row.key, row.label, row.type, row.required, List.copyOf(row.options),
                Optional.ofNullable(row.currency).map(Money::currency));
    }
}
