package dev.cms.persistence.jpa;

import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.segment.FieldRegistry;
import dev.cms.core.segment.Rule;
import dev.cms.core.segment.RuleContext;
import dev.cms.core.spi.CustomerQueries;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;

/**
 * {@link CustomerQueries} pushed down to the database: each call is one SQL query over {@code customer c} whose
 * {@code where} clause is the whole rule, translated by {@link RuleSql} with the core's semantics (two-valued logic,
 * Java's lower case through shadow columns, bounds computed in the rule's zone, metrics as correlated aggregate
 * subqueries). The SQL text holds only fixed fragments; every rule value is a bound parameter. Members are read in
 * unsigned id order ({@code c.id > ? order by c.id}, the uuid order of H2 and PostgreSQL) with the database's limit;
 * {@link #count} runs {@code select count(*)} and materialises nobody.
 */
final class JpaCustomerQueries implements CustomerQueries {
    private final JpaPersistence store;
    private final JpaTransactions tx;

    JpaCustomerQueries(JpaPersistence store, JpaTransactions tx) {
        this.store = store;
        this.tx = tx;
    }

    @Override
    public List<Customer> matching(Rule rule, RuleContext context, Optional<CustomerId> after, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        FieldRegistry registry = registry(rule);
        StringBuilder sql = new StringBuilder("select c.* from customer c where ");
        RuleSql where = RuleSql.translate(rule, context, registry, sql);
        after.ifPresent(a -> sql.append(" and c.id > ").append(where.bind(a.value())));
        sql.append(" order by c.id");
        return tx.read(em -> {
            Query query = em.createNativeQuery(sql.toString(), CustomerRow.class).setMaxResults(limit);
            bind(query, where.parameters());
            return rows(query).stream().map(CustomerMapper::read).toList();
        });
    }

    @Override
    public long count(Rule rule, RuleContext context) {
        FieldRegistry registry = registry(rule);
        StringBuilder sql = new StringBuilder("select count(*) from customer c where ");
        RuleSql where = RuleSql.translate(rule, context, registry, sql);
        return tx.read(em -> {
            Query query = em.createNativeQuery(sql.toString());
            bind(query, where.parameters());
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    /**
     * {@return the fields the rule may use: the attribute declarations are read (one more query) only when the rule
     * names a custom attribute}
     */
    private FieldRegistry registry(Rule rule) {
        return namesAttribute(rule) ? FieldRegistry.of(store.attributeDefinitions().findAll()) : FieldRegistry.builtInOnly();
    }

    private static boolean namesAttribute(Rule rule) {
        if (rule instanceof Rule.All all) {
            return all.rules().stream().anyMatch(JpaCustomerQueries::namesAttribute);
        } else if (rule instanceof Rule.Any any) {
            return any.rules().stream().anyMatch(JpaCustomerQueries::namesAttribute);
        } else if (rule instanceof Rule.Not not) {
            return namesAttribute(not.rule());
        }
        return rule instanceof Rule.FieldCondition f && f.field().startsWith(FieldRegistry.ATTRIBUTE_PREFIX);
    }

    private static void bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }

    // A native query created with CustomerRow.class returns CustomerRow entities.
    @SuppressWarnings("unchecked")
    private static List<CustomerRow> rows(Query query) {
        return query.getResultList();
    }
}
