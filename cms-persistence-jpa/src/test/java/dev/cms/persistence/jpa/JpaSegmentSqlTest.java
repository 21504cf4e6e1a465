package dev.cms.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.segment.Metric;
import dev.cms.core.segment.Rule;
import dev.cms.core.segment.RuleContext;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the database receives for a segment query, seen through a recording {@link DataSource}: one statement whose
 * text holds none of the rule's values (they arrive as bound parameters, lower-cased in Java where text is compared
 * ignoring case), and for counting a {@code select count(*)}.
 */
class JpaSegmentSqlTest {
    private static final Instant NOW = Instant.parse("2026-03-28T10:00:00Z");
    private static final RuleContext CONTEXT = new RuleContext(NOW, ZoneId.of("Europe/Berlin"));
    private static final String INJECTION = "x'); DROP TABLE customer; --";
    private static final String PATTERN = "100%_OFF!";

    /** A prepared statement's text and the values bound to it, in the order they were set. */
    private record Statement(String sql, List<Object> parameters) {
    }

    private static final List<Statement> STATEMENTS = Collections.synchronizedList(new ArrayList<>());
    private static JpaPersistence store;
    private static com.zaxxer.hikari.HikariDataSource pool;

    @BeforeAll
    static void start() {
        pool = TestDatabase.H2.emptyDatabase("segment_sql");
        store = JpaPersistence.fromDataSource(recording(pool));
        store.transactions().inTransaction(() -> {
            store.customers().insert(customer(1, CustomerProfile.person("Ada", INJECTION).build()));
            store.customers().insert(customer(2, CustomerProfile.organization("Sale " + PATTERN + " Ltd").build()));
            store.customers().insert(customer(3, CustomerProfile.organization("Sale 100 percent off Ltd").build()));
            return null;
        });
    }

    @AfterAll
    static void stop() {
        store.close();
        pool.close();
    }

    @BeforeEach
    void forgetEarlierStatements() {
        STATEMENTS.clear();
    }

    @Test
    void matching_sendsOneStatementWithEveryRuleValueBoundAndNoneInTheText() {
        Rule rule = Rule.any(
                Rule.field("familyName").eq(INJECTION),
                Rule.field("name").contains(PATTERN),
                Rule.all(Rule.field("tags").hasAny("vip' OR '1'='1"),
                        Rule.metric(Metric.totalSpend(Currency.getInstance("EUR"))).gt(new BigDecimal("123.45"))));

        List<Customer> members = store.customerQueries().matching(rule, CONTEXT, Optional.empty(), 10);

        assertThat(members).extracting(Customer::id).containsExactly(id(1), id(2));
        Statement query = onlySegmentQuery();
        assertThat(query.sql()).startsWith("select c.* from customer c where ");
        for (String value : List.of(INJECTION, "DROP TABLE", "drop table", "100", "vip", "123.45", "EUR", "'1'='1")) {
            assertThat(query.sql()).doesNotContainIgnoringCase(value);
        }
        assertThat(query.parameters()).contains("x'); drop table customer; --", "%100!%!_off!!%", "vip' OR '1'='1", "EUR");
        assertThat(query.parameters()).anySatisfy(p -> assertThat(p).isInstanceOf(BigDecimal.class)
                .satisfies(n -> assertThat((BigDecimal) n).isEqualByComparingTo("123.45")));
    }

    @Test
    void count_runsOneCountQueryInTheDatabase() {
        Rule rule = Rule.field("name").startsWith("SALE 100");

        long count = store.customerQueries().count(rule, CONTEXT);

        assertThat(count).isEqualTo(2);
        Statement query = onlySegmentQuery();
        assertThat(query.sql()).startsWith("select count(*) from customer c where ");
        assertThat(query.sql()).doesNotContainIgnoringCase("sale");
        assertThat(query.parameters()).containsExactly("sale 100%");
    }

    @Test
    void matching_afterAnId_continuesInIdOrderWithTheCursorBound() {
        Rule rule = Rule.field("kind").in("organization", "person");

        List<Customer> members = store.customerQueries().matching(rule, CONTEXT, Optional.of(id(1)), 1);

        assertThat(members).extracting(Customer::id).containsExactly(id(2));
        Statement query = onlySegmentQuery();
        assertThat(query.sql()).contains("c.id > ?").doesNotContain(id(1).value().toString());
        assertThat(query.parameters()).contains(id(1).value(), "PERSON", "ORGANIZATION");
    }

    /** {@return the one statement that queried customers by a rule since the test began} */
    private static Statement onlySegmentQuery() {
        List<Statement> queries = STATEMENTS.stream().filter(s -> s.sql().contains("from customer c where")).toList();
        assertThat(queries).hasSize(1);
        return queries.get(0);
    }

    private static CustomerId id(int n) {
        return CustomerId.of(new UUID(0, n));
    }

    private static Customer customer(int n, CustomerProfile profile) {
        return new Customer(id(n), profile, NOW, NOW, 0);
    }

    /** A data source whose prepared statements record their text and the parameters set on them. */
    private static DataSource recording(DataSource target) {
        return proxy(DataSource.class, (p, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection connection ? recording(connection) : result;
        });
    }

    private static Connection recording(Connection target) {
        return proxy(Connection.class, (p, method, args) -> {
            Object result = invoke(target, method, args);
            if (result instanceof PreparedStatement statement && method.getName().equals("prepareStatement")) {
                Statement recorded = new Statement((String) args[0], Collections.synchronizedList(new ArrayList<>()));
                STATEMENTS.add(recorded);
                return proxy(PreparedStatement.class, (q, m, a) -> {
                    if (m.getName().startsWith("set") && a != null && a.length >= 2 && a[0] instanceof Integer) {
                        recorded.parameters().add(a[1]);
                    }
                    return invoke(statement, m, a);
                });
            }
            return result;
        });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(JpaSegmentSqlTest.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
