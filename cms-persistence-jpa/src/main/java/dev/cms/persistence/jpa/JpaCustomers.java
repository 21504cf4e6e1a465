package dev.cms.persistence.jpa;

import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.Email;
import dev.cms.core.customer.ExternalId;
import dev.cms.core.spi.CustomerRepository;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@link CustomerRepository} over {@link CustomerRow}. */
final class JpaCustomers implements CustomerRepository {
    private final JpaTransactions tx;

    JpaCustomers(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Customer> findById(CustomerId id) {
        return tx.read(em -> Optional.ofNullable(em.find(CustomerRow.class, id.value())).map(CustomerMapper::read));
    }

    @Override
    public Optional<Customer> findByExternalId(ExternalId externalId) {
        return tx.read(em -> em.createQuery("select c from CustomerRow c where c.externalId = :externalId", CustomerRow.class)
                .setParameter("externalId", externalId.value())
                .getResultList().stream().findFirst().map(CustomerMapper::read));
    }

    @Override
    public List<Customer> findByEmail(Email email) {
        return tx.read(em -> em.createQuery(
                        "select c from CustomerRow c join c.emails e where e.emailLower = :email order by c.id", CustomerRow.class)
                .setParameter("email", email.value().toLowerCase(Locale.ROOT))
                .getResultList().stream().map(CustomerMapper::read).toList());
    }

    @Override
    public void insert(Customer customer) {
        tx.write(em -> em.persist(row(customer)));
    }

    /** {@return the customer's new row, as {@link #insert} persists it (version included)} */
    static CustomerRow row(Customer customer) {
        CustomerRow row = new CustomerRow();
        CustomerMapper.write(customer, row);
        row.version = customer.version();
        return row;
    }

    /**
     * {@inheritDoc}
     *
     * <p>By {@link BulkInsert} with {@link CustomerBulkRows}: with Hibernate on the transaction's own connection, so
     * nothing of the customers stays in the persistence context, by {@code COPY} on PostgreSQL and JDBC batches
     * elsewhere; with another provider, persisted with the context flushed and cleared every {@link BulkWriter#CHUNK}.
     */
    @Override
    public void insertAll(List<Customer> customers) {
        BulkInsert.insertAll(tx, customers, CustomerBulkRows.ROWS);
    }

    @Override
    public void update(Customer customer) {
        tx.write(em -> {
            Versions.advance(em, "customer", "CustomerRow", "customer", customer.id().value(), customer.version());
            CustomerRow row = em.find(CustomerRow.class, customer.id().value());
            row.version = customer.version();
            CustomerMapper.write(customer, row);
        });
    }

    @Override
    public List<Customer> list(Optional<CustomerId> after, int limit) {
        return tx.read(em -> (after.isPresent()
                ? em.createQuery("select c from CustomerRow c where c.id > :after order by c.id", CustomerRow.class)
                        .setParameter("after", after.get().value())
                : em.createQuery("select c from CustomerRow c order by c.id", CustomerRow.class))
                .setMaxResults(limit).getResultList().stream().map(CustomerMapper::read).toList());
    }

    @Override
    public long count() {
        return tx.read(em -> em.createQuery("select count(c) from CustomerRow c", Long.class).getSingleResult());
    }
}
