package dev.cms.testkit;

import java.util.function.Supplier;

/**
 * Base of the repository-level contracts: they call the SPI of {@link #store} directly, each step in its own
 * transaction, exactly as the core does. Nothing here goes through the services, so these contracts pin what an
 * adapter must do on its own (ordering, uniqueness, versions).
 */
public abstract class RepositoryContractSupport extends CmsContractSupport {
    /** For subclasses. */
    protected RepositoryContractSupport() {
    }

    /**
     * {@return the result, after commit}
     *
     * @param work a read or write against the repositories
     * @param <T>  its result
     */
    protected <T> T inTx(Supplier<T> work) {
        return store.transactions().inTransaction(work);
    }

    /**
     * Runs a write in one transaction of the adapter under test.
     *
     * @param work a write against the repositories, committed before this returns
     */
    protected void write(Runnable work) {
        store.transactions().inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Stores two customers, Ada and Bob, with fixed ids, for contracts whose records belong to a customer: adapters
     * with foreign keys then accept those records.
     *
     * @return Ada and Bob, as stored
     */
    protected java.util.List<dev.cms.core.customer.Customer> insertAdaAndBob() {
        dev.cms.core.customer.Customer ada = TestData.customer(java.util.UUID.fromString("0000000a-0000-0000-0000-000000000000"),
                TestData.person("Ada", "Lovelace"), START);
        dev.cms.core.customer.Customer bob = TestData.customer(java.util.UUID.fromString("0000000b-0000-0000-0000-000000000000"),
                TestData.person("Bob", "Byte"), START);
        write(() -> {
            store.customers().insert(ada);
            store.customers().insert(bob);
        });
        return java.util.List.of(ada, bob);
    }
}
