package dev.cms.core.customer;

import dev.cms.core.internal.Checks;

/**
 * The customer's id in another system (a shop, an ERP). Unique across customers, so imports can be repeated without
 * creating duplicates (see {@link CustomerService#upsertByExternalId}).
 *
 * @param value the foreign id, 1 to 200 characters without control characters
 */
public record ExternalId(String value) {
    /** Checks the value. */
    public ExternalId {
        value = Checks.line("externalId", value, 200);
    }

    /**
     * @param value the foreign id
     * @return the external id
     */
    public static ExternalId of(String value) {
        return new ExternalId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
