package dev.cms.core.segment;

/**
 * A number derived from a customer's related facts. Every metric is compared as a {@link ValueType#NUMBER}; which
 * parameters of {@link Metric} it takes is listed on each constant. "Net" amounts are a purchase's total minus what
 * was refunded; fully refunded purchases do not count. "Today" and windows are calendar dates in
 * {@link RuleContext#zone()}.
 */
public enum MetricKind {
    /** Purchases not fully refunded (optional window). Zero when none, never unset. */
    PURCHASE_COUNT("purchaseCount", false, true, false),
    /** Sum of net amounts of purchases in the metric's currency (currency required, optional window). Zero when none. */
    TOTAL_SPEND("totalSpend", true, true, false),
    /**
     * Total spend divided by the number of purchases in that currency, compared exactly (no rounding); currency
     * required, optional window. Unset when there is no such purchase.
     */
    AVERAGE_ORDER_VALUE("averageOrderValue", true, true, false),
    /** Calendar days from the latest purchase's date to today (negative if it lies ahead). Unset when none. */
    DAYS_SINCE_LAST_PURCHASE("daysSinceLastPurchase", false, false, false),
    /** Interactions, optionally of one channel and in a window. Zero when none. */
    INTERACTION_COUNT("interactionCount", false, true, true),
    /** Calendar days from the latest interaction (optionally of one channel) to today. Unset when none. */
    DAYS_SINCE_LAST_INTERACTION("daysSinceLastInteraction", false, false, true),
    /** Open deals. Zero when none. */
    OPEN_OPPORTUNITY_COUNT("openOpportunityCount", false, false, false),
    /**
     * Sum over open deals in the metric's currency of amount × probability (the deal's override, else its stage's),
     * each rounded half-even to the currency's minor unit as {@code Opportunity.weightedAmountIn} does; currency
     * required. Zero when none.
     */
    OPEN_OPPORTUNITY_WEIGHTED_VALUE("openOpportunityWeightedValue", true, false, false),
    /** Tickets that are new, open or pending. Zero when none. */
    OPEN_TICKET_COUNT("openTicketCount", false, false, false),
    /** Score of the latest NPS answer (by answer time, then by id). Unset when none. */
    LATEST_NPS("latestNps", false, false, false);

    private final String jsonName;
    private final boolean needsCurrency;
    private final boolean takesWindow;
    private final boolean takesChannel;

    MetricKind(String jsonName, boolean needsCurrency, boolean takesWindow, boolean takesChannel) {
        this.jsonName = jsonName;
        this.needsCurrency = needsCurrency;
        this.takesWindow = takesWindow;
        this.takesChannel = takesChannel;
    }

    /** {@return the name in the JSON form, such as {@code "totalSpend"}} */
    public String jsonName() {
        return jsonName;
    }

    /** {@return whether the metric requires a currency} */
    public boolean needsCurrency() {
        return needsCurrency;
    }

    /** {@return whether the metric may be restricted to a window of the last N days, weeks or months} */
    public boolean takesWindow() {
        return takesWindow;
    }

    /** {@return whether the metric may be restricted to one interaction channel} */
    public boolean takesChannel() {
        return takesChannel;
    }

    /**
     * {@return the kind with this JSON name, or empty}
     *
     * @param name a JSON name
     */
    public static java.util.Optional<MetricKind> fromJsonName(String name) {
        for (MetricKind kind : values()) {
            if (kind.jsonName.equals(name)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
