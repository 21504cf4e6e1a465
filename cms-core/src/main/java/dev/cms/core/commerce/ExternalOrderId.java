package dev.cms.core.commerce;

import dev.cms.core.internal.Checks;

/**
 * An order's id in the shop or ERP it came from. Unique across purchases, so re-running an import records nothing
 * twice (see {@link PurchaseService#recordOnce}).
 *
 * @param value the foreign id, 1 to 200 characters without control characters
 */
public record ExternalOrderId(String value) {
    /**
     * Checks the value.
     *
     * @param value the foreign id, 1 to 200 characters without control characters
     */
    public ExternalOrderId {
        value = Checks.line("externalOrderId", value, 200);
    }

    /**
     * {@return the id}
     *
     * @param value the foreign id
     */
    public static ExternalOrderId of(String value) {
        return new ExternalOrderId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
