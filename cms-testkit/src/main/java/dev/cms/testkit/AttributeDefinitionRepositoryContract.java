package dev.cms.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cms.core.customer.AttributeDefinition;
import dev.cms.core.customer.AttributeType;
import dev.cms.core.spi.AttributeDefinitionRepository;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What an {@link AttributeDefinitionRepository} must do: store declarations exactly, replace one saved again under
 * the same key, and list them ordered by key.
 */
public abstract class AttributeDefinitionRepositoryContract extends RepositoryContractSupport {
    /** For subclasses. */
    protected AttributeDefinitionRepositoryContract() {
    }

    private AttributeDefinitionRepository definitions() {
        return store.attributeDefinitions();
    }

    @Test
    void save_thenFind_returnsAnEqualDeclaration_ofEveryType() {
        List<AttributeDefinition> all = List.of(
                AttributeDefinition.of("a_text", "Text", AttributeType.TEXT),
                AttributeDefinition.of("b_number", "Number", AttributeType.NUMBER).asRequired(),
                AttributeDefinition.of("c_bool", "Yes or no", AttributeType.BOOLEAN),
                AttributeDefinition.of("d_date", "Date", AttributeType.DATE),
                AttributeDefinition.of("e_money", "Budget", AttributeType.MONEY).inCurrency("JPY"),
                AttributeDefinition.of("f_any_money", "Any money", AttributeType.MONEY),
                AttributeDefinition.enumeration("g_tier", "Tier", "gold", "silver", "bronze"));

        write(() -> all.forEach(d -> definitions().save(d)));

        for (AttributeDefinition d : all) {
            assertThat(inTx(() -> definitions().find(d.key()))).contains(d);
        }
        assertThat(inTx(() -> definitions().find("missing"))).isEmpty();
    }

    @Test
    void save_ofAnExistingKey_replacesTheDeclaration() {
        write(() -> definitions().save(AttributeDefinition.enumeration("tier", "Tier", "gold", "silver")));
        AttributeDefinition replacement = AttributeDefinition.enumeration("tier", "Customer tier", "silver", "gold", "bronze").asRequired();

        write(() -> definitions().save(replacement));

        assertThat(inTx(() -> definitions().find("tier"))).isEqualTo(Optional.of(replacement));
        assertThat(inTx(() -> definitions().findAll())).containsExactly(replacement);
    }

    @Test
    void findAll_isOrderedByKey() {
        AttributeDefinition zeta = AttributeDefinition.of("zeta", "Zeta", AttributeType.TEXT);
        AttributeDefinition alpha = AttributeDefinition.of("alpha", "Alpha", AttributeType.TEXT);
        AttributeDefinition alpha2 = AttributeDefinition.of("alpha_2", "Alpha 2", AttributeType.TEXT);
        AttributeDefinition beta = AttributeDefinition.of("beta", "Beta", AttributeType.TEXT);

        write(() -> List.of(zeta, alpha2, beta, alpha).forEach(d -> definitions().save(d)));

        assertThat(inTx(() -> definitions().findAll())).containsExactly(alpha, alpha2, beta, zeta);
    }
}
