package dev.cms.core.spi;

import dev.cms.core.ConflictException;
import dev.cms.core.NotFoundException;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.Email;
import dev.cms.core.customer.ExternalId;
import java.util.List;
import java.util.Optional;

/**
 * Stores customers. Called by the core inside {@link Transactions#inTransaction}; implementations need not validate
 * (the core has), but must enforce uniqueness and versions as specified, because only they see concurrent writers.
 */
public interface CustomerRepository {
    /**
     * {@return the stored customer, or empty}
     *
     * @param id a customer id
     */
    Optional<Customer> findById(CustomerId id);

    /**
     * {@return the customer carrying it, or empty}
     *
     * @param externalId an external id
     */
    Optional<Customer> findByExternalId(ExternalId externalId);

    /**
     * {@return the matching customers ordered by id ascending}
     *
     * @param email an address, matched case-insensitively against every address of every customer
     */
    List<Customer> findByEmail(Email email);

    /**
     * Stores a new customer as given (the core has set its id, timestamps and version 0).
     *
     * @param customer the customer
     * @throws ConflictException with {@link ConflictException.Reason#DUPLICATE} if another customer has its external
     *                           id, {@link ConflictException.Reason#CONCURRENT_MODIFICATION} if the id exists
     */
    void insert(Customer customer);

    /**
     * Stores new customers as {@link #insert} does, each under the same rules, for imports of many at once. Called
     * inside the caller's transaction, it is all-or-nothing with it: when one customer conflicts (with a stored one or
     * with another of the list), the exception propagates and rolling the transaction back leaves none of them
     * written. Adapters override it to batch the writes; this default inserts one after the other.
     *
     * @param customers the customers, each as {@link #insert} takes it; may be empty
     * @throws ConflictException as {@link #insert} does, for the first customer that conflicts
     */
    default void insertAll(List<Customer> customers) {
        for (Customer customer : customers) {
            insert(customer);
        }
    }

    /**
     * Replaces a stored customer with its next version.
     *
     * @param customer the new state, whose version is one more than the stored one
     * @throws NotFoundException if no customer has its id
     * @throws ConflictException with {@link ConflictException.Reason#STALE_VERSION} if the stored version is not
     *                           {@code customer.version() - 1}, {@link ConflictException.Reason#DUPLICATE} if another
     *                           customer has its external id
     */
    void update(Customer customer);

    /**
     * {@return customers with ids greater than {@code after}, ascending by id (unsigned UUID order)}
     *
     * @param after the last id of the previous page, or empty for the first
     * @param limit maximum number to return
     */
    List<Customer> list(Optional<CustomerId> after, int limit);

    /** {@return the number of stored customers} */
    long count();
}
