package dev.cms.core.customer;

import dev.cms.core.internal.Checks;

/**
 * The customer's id in another system (a shop, an ERP). Unique across customers, so imports can be repeated without
 * creating duplicates (see {@link CustomerService#upsertByExternalId}).
 *
 * @param value the foreign id, 1 to 200 characters without control characters
 */
public record ExternalId(String value) {
    /**
     * Checks the value.
     *
     * @param value the foreign id, 1 to 200 characters without control characters
     */
    public ExternalId {
        value = Checks.line("externalId", value, 200);
    }

    /**
     * {@return the external id}
     *
     * @param value the foreign id
     */
    public static ExternalId of(String value) {
        return new ExternalId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
