package dev.cms.persistence.memory;

import dev.cms.core.ConflictException;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.Email;
import dev.cms.core.customer.EmailContact;
import dev.cms.core.customer.ExternalId;
import dev.cms.core.spi.CustomerRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** Customers by id (sorted, for paging), with unique external-id and case-insensitive e-mail indexes. */
final class MemoryCustomers implements CustomerRepository {
    private final MemoryStore store;
    private final NavigableMap<CustomerId, Customer> byId = new TreeMap<>();
    private final Rows<CustomerId, Customer> rows;
    /** The customers in id order for scans, with their field indexes; null after an insert until the next scan. */
    private volatile CustomerSnapshot snapshot;
    private final Map<ExternalId, CustomerId> byExternalId = new HashMap<>();
    private final Map<String, NavigableSet<CustomerId>> byEmail = new HashMap<>();

    MemoryCustomers(MemoryStore store) {
        this.store = store;
        this.rows = new Rows<>(store, "customer", byId, Customer::id, Customer::version, this::reindex);
    }

    @Override
    public Optional<Customer> findById(CustomerId id) {
        return rows.find(id);
    }

    @Override
    public Optional<Customer> findByExternalId(ExternalId externalId) {
        return store.read(() -> Optional.ofNullable(byExternalId.get(externalId)).map(byId::get));
    }

    @Override
    public List<Customer> findByEmail(Email email) {
        return store.read(() -> byEmail.getOrDefault(key(email), new TreeSet<>()).stream().map(byId::get).toList());
    }

    @Override
    public void insert(Customer customer) {
        rows.insert(customer, this::requireExternalIdFree);
    }

    @Override
    public void update(Customer customer) {
        rows.update(customer, this::requireExternalIdFree);
    }

    @Override
    public List<Customer> list(Optional<CustomerId> after, int limit) {
        return store.read(() -> {
            NavigableMap<CustomerId, Customer> tail = after.map(a -> byId.tailMap(a, false)).orElse(byId);
            return SortedIndex.head(tail.values(), limit, c -> true);
        });
    }

    @Override
    public long count() {
        return store.read(byId::size);
    }

    private void requireExternalIdFree(Customer customer) {
        customer.profile().externalId().ifPresent(externalId -> {
            CustomerId owner = byExternalId.get(externalId);
            if (owner != null && !owner.equals(customer.id())) {
                throw new ConflictException(ConflictException.Reason.DUPLICATE,
                        "externalId '" + externalId + "' is already used by customer " + owner);
            }
        });
    }

    /** Moves every secondary index entry from {@code old} to {@code now}; either may be null. */
    private void reindex(Customer old, Customer now) {
        // An update keeps the customer's place in the id order, so the scan array is patched; anything else
        // (an insert, or the undo of one) shifts places, so the array is dropped.
        CustomerSnapshot current = snapshot;
        if (current == null || old == null || now == null || !current.replace(now)) {
            snapshot = null;
        }
        if (old != null) {
            old.profile().externalId().ifPresent(byExternalId::remove);
            for (String email : emails(old)) {
                NavigableSet<CustomerId> ids = byEmail.get(email);
                ids.remove(old.id());
                if (ids.isEmpty()) {
                    byEmail.remove(email);
                }
            }
        }
        if (now != null) {
            now.profile().externalId().ifPresent(e -> byExternalId.put(e, now.id()));
            for (String email : emails(now)) {
                byEmail.computeIfAbsent(email, k -> new TreeSet<>()).add(now.id());
            }
        }
    }

    private static List<String> emails(Customer customer) {
        List<String> keys = new ArrayList<>();
        for (EmailContact contact : customer.profile().emails()) {
            keys.add(key(contact.email()));
        }
        return keys;
    }

    private static String key(Email email) {
        return email.value().toLowerCase(Locale.ROOT);
    }

    /**
     * Under the store's lock: the customers in id order with their field indexes. Scans read this array (walking it
     * sequentially instead of chasing the tree's nodes); it is built on the first scan after an insert, which drops
     * it, while an update only replaces its customer in it.
     */
    CustomerSnapshot snapshot() {
        CustomerSnapshot current = snapshot;
        if (current == null) {
            current = new CustomerSnapshot(byId.values().toArray(new Customer[0]));
            snapshot = current;
        }
        return current;
    }
}
