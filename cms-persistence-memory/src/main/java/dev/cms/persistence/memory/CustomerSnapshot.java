package dev.cms.persistence.memory;

import dev.cms.core.customer.Address;
import dev.cms.core.customer.Consent;
import dev.cms.core.customer.ConsentState;
import dev.cms.core.customer.ContactChannel;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.segment.FieldRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The stored customers in id order, for scans, with inverted indexes of the few-valued fields that rules compare for
 * equality: kind, country, lifecycle stage, owner, lead source, preferred channel, tags and the consent state per
 * channel. An index maps each key to the ascending positions (in {@link #customers()}) of the customers having it.
 * Indexes are built by the second query that reads the snapshot after a write (the first scans), for the fields that
 * query can use, in one pass over the customers. An update replaces its customer in place and drops the indexes; an
 * insert drops the whole snapshot. Writes cost nothing extra, and a store written between single queries never builds
 * an index. Keys are the values as rule leaves compare them: text lower-cased with {@link Locale#ROOT} (as
 * {@code RuleEvaluator} compares text), tags exactly (tag conditions are case-sensitive).
 */
final class CustomerSnapshot {
    private static final Map<String, int[]> NOT_INDEXED = Map.of();

    private final Customer[] customers;
    private final AtomicInteger queries = new AtomicInteger();
    /** Field name to index, or to {@link #NOT_INDEXED}; guarded by this. */
    private final Map<String, Map<String, int[]>> indexes = new HashMap<>();

    CustomerSnapshot(Customer[] customers) {
        this.customers = customers;
    }

    /** {@return the customers ascending by id; callers must not modify the array} */
    Customer[] customers() {
        return customers;
    }

    /** {@return how many customers there are} */
    int size() {
        return customers.length;
    }

    /** {@return the position of the first customer whose id is greater than {@code after}; 0 when empty} */
    int firstAfter(Optional<CustomerId> after) {
        if (after.isEmpty()) {
            return 0;
        }
        int low = 0;
        int high = customers.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (customers[mid].id().compareTo(after.get()) <= 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** {@return the position of the customer with this id, or -1 if there is none} */
    int positionOf(CustomerId id) {
        int at = firstAfter(Optional.of(id)) - 1;
        return at >= 0 && customers[at].id().equals(id) ? at : -1;
    }

    /**
     * Puts the new version of a customer in its place and drops the indexes, which may no longer hold; the next query
     * counts as the first on this snapshot. Called under the store's write lock, so no query reads the array meanwhile.
     *
     * @param customer the customer's new version
     * @return whether the customer was in the snapshot (if not, the caller must drop the snapshot)
     */
    synchronized boolean replace(Customer customer) {
        int at = positionOf(customer.id());
        if (at < 0) {
            return false;
        }
        customers[at] = customer;
        indexes.clear();
        queries.set(0);
        return true;
    }

    /**
     * {@return the field's index (key to ascending positions), or empty if the field is not indexed or its index is
     * not built}
     *
     * @param field a rule field name
     */
    synchronized Optional<Map<String, int[]>> index(String field) {
        Map<String, int[]> index = indexes.get(field);
        return index == null || index == NOT_INDEXED ? Optional.empty() : Optional.of(index);
    }

    /**
     * {@return whether an earlier query already read this snapshot} The first query after a write scans without
     * building indexes, so that a store written between single queries never pays for them; a second query on the
     * same snapshot shows that reads repeat, and builds the indexes it can use.
     */
    boolean queriedBefore() {
        return queries.getAndIncrement() > 0;
    }

    /**
     * Builds the indexes of those fields that have none yet, in one pass over the customers.
     *
     * @param fields rule field names, indexed or not
     */
    synchronized void prepare(Collection<String> fields) {
        List<Builder> builders = new ArrayList<>();
        for (String field : new LinkedHashSet<>(fields)) {
            if (!indexes.containsKey(field)) {
                Optional<KeyReader> reader = reader(field);
                if (reader.isEmpty()) {
                    indexes.put(field, NOT_INDEXED);
                } else {
                    builders.add(new Builder(field, reader.get(), !field.equals("tags")));
                }
            }
        }
        if (builders.isEmpty()) {
            return;
        }
        for (int i = 0; i < customers.length; i++) {
            for (Builder builder : builders) {
                builder.position = i;
                builder.reader.keys(customers[i], builder);
            }
        }
        for (Builder builder : builders) {
            indexes.put(builder.field, builder.index());
        }
    }

    /** Reads a customer's values of one field, as stored (the builder lower-cases them if it must). */
    @FunctionalInterface
    private interface KeyReader {
        void keys(Customer customer, Consumer<String> sink);
    }

    private static Optional<KeyReader> reader(String field) {
        if (field.startsWith(FieldRegistry.CONSENT_PREFIX)) {
            ContactChannel channel = ContactChannel.valueOf(
                    field.substring(FieldRegistry.CONSENT_PREFIX.length()).toUpperCase(Locale.ROOT));
            return Optional.of((c, sink) -> {
                Consent consent = c.profile().consents().get(channel);
                sink.accept((consent == null ? ConsentState.UNKNOWN : consent.state()).name());
            });
        }
        return Optional.ofNullable(switch (field) {
            case "kind" -> (c, sink) -> sink.accept(c.profile().kind().name());
            case "country" -> (c, sink) -> {
                for (Address a : c.profile().addresses()) {
                    sink.accept(a.countryCode());
                }
            };
            case "lifecycleStage" -> (c, sink) -> sink.accept(c.profile().lifecycleStage().key());
            case "owner" -> (c, sink) -> c.profile().owner().ifPresent(u -> sink.accept(u.value()));
            case "leadSource" -> (c, sink) -> c.profile().leadSource().ifPresent(sink);
            case "preferredChannel" -> (c, sink) -> c.profile().preferredChannel().ifPresent(ch -> sink.accept(ch.name()));
            case "tags" -> (c, sink) -> c.profile().tags().forEach(sink);
            default -> null;
        });
    }

    /**
     * Collects one field's index. Stored values repeat (few distinct values, each in many customers, and a stored
     * string caches its hash code), so each value is looked up once in a map from the value as stored to its key's
     * positions, and lower-cased only the first time it is seen.
     */
    private static final class Builder implements Consumer<String> {
        final String field;
        final KeyReader reader;
        private final boolean lowerCase;
        private final Map<String, Positions> byStored = new HashMap<>();
        private final Map<String, Positions> byKey = new HashMap<>();
        int position;

        Builder(String field, KeyReader reader, boolean lowerCase) {
            this.field = field;
            this.reader = reader;
            this.lowerCase = lowerCase;
        }

        @Override
        public void accept(String stored) {
            Positions positions = byStored.get(stored);
            if (positions == null) {
                positions = byKey.computeIfAbsent(lowerCase ? lower(stored) : stored, k -> new Positions());
                byStored.put(stored, positions);
            }
            // A customer with the same key twice (two addresses in one country) is listed once.
            positions.add(position);
        }

        Map<String, int[]> index() {
            Map<String, int[]> index = new HashMap<>(byKey.size() * 2);
            byKey.forEach((key, positions) -> index.put(key, positions.toArray()));
            return Map.copyOf(index);
        }
    }

    /** {@return text as rule leaves compare it} */
    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** A growing list of ascending positions that ignores a repeat of its last one. */
    private static final class Positions {
        private int[] values = new int[4];
        private int size;

        void add(int position) {
            if (size > 0 && values[size - 1] == position) {
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = position;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
