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
        tx.write(em -> {
            CustomerRow row = new CustomerRow();
            CustomerMapper.write(customer, row);
            row.version = customer.version();
            em.persist(row);
        });
    }

    /**
     * {@inheritDoc}
     *
     * <p>With Hibernate, the rows go to the database on the transaction's own connection, so nothing of them stays
     * in the persistence context: on PostgreSQL by {@code COPY} ({@link CustomerCopy}), elsewhere in JDBC batches
     * ({@link CustomerBatchInsert}); with another provider, the customers are persisted and the context flushed and
     * cleared every {@link CustomerBatchInsert#CHUNK}. Memory stays bounded by one chunk either way.
     */
    @Override
    public void insertAll(List<Customer> customers) {
        List<Customer> all = List.copyOf(customers);
        if (all.isEmpty()) {
            return;
        }
        tx.write(em -> {
            if (ProviderConnection.run(em, connection -> {
                Optional<CustomerCopy> copy = CustomerCopy.of(connection);
                if (copy.isPresent()) {
                    copy.get().insert(all);
                } else {
                    CustomerBatchInsert.insert(connection, all);
                }
            })) {
                return;
            }
            em.flush();
            int inChunk = 0;
            for (Customer customer : all) {
                em.persist(CustomerBatchInsert.row(customer));
                if (++inChunk == CustomerBatchInsert.CHUNK) {
                    em.flush();
                    em.clear();
                    inChunk = 0;
                }
            }
            em.flush();
            em.clear();
        });
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
