package dev.cms.core.sales;

import dev.cms.core.commerce.Purchase;
import java.util.Objects;

/**
 * A deal won together with the purchase recorded for it in the same transaction.
 *
 * @param opportunity the won deal
 * @param purchase    the purchase of its line items (or its amount), linked to the deal
 */
public record WonDeal(Opportunity opportunity, Purchase purchase) {
    /**
     * Checks the parts are present.
     *
     * @param opportunity the won deal
     * @param purchase    the purchase of its line items (or its amount), linked to the deal
     */
    public WonDeal {
        Objects.requireNonNull(opportunity, "opportunity");
        Objects.requireNonNull(purchase, "purchase");
    }
}
