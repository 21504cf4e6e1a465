package dev.cms.core.customer;

import dev.cms.core.ValidationException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a customer stands in the relationship. The eight built-in stages form the usual funnel order
 * ({@link #SUBSCRIBER} to {@link #EVANGELIST}, with {@link #CHURNED} outside it); applications add their own stages
 * with {@link #of(String)}, which have no funnel position.
 *
 * @param key lower-case identifier: letters, digits and underscores, 1 to 50 characters
 */
public record LifecycleStage(String key) {
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,49}");

    /** Subscribed to content, not yet a lead. */
    public static final LifecycleStage SUBSCRIBER = new LifecycleStage("subscriber");
    /** Showed interest. */
    public static final LifecycleStage LEAD = new LifecycleStage("lead");
    /** Qualified by marketing. */
    public static final LifecycleStage MARKETING_QUALIFIED_LEAD = new LifecycleStage("marketing_qualified_lead");
    /** Qualified by sales. */
    public static final LifecycleStage SALES_QUALIFIED_LEAD = new LifecycleStage("sales_qualified_lead");
    /** Has an open deal. */
    public static final LifecycleStage OPPORTUNITY = new LifecycleStage("opportunity");
    /** Has bought. */
    public static final LifecycleStage CUSTOMER = new LifecycleStage("customer");
    /** Recommends us. */
    public static final LifecycleStage EVANGELIST = new LifecycleStage("evangelist");
    /** Was a customer and left. */
    public static final LifecycleStage CHURNED = new LifecycleStage("churned");

    private static final List<LifecycleStage> FUNNEL = List.of(SUBSCRIBER, LEAD, MARKETING_QUALIFIED_LEAD,
            SALES_QUALIFIED_LEAD, OPPORTUNITY, CUSTOMER, EVANGELIST);

    /**
     * Checks the key.
     *
     * @param key lower-case identifier: letters, digits and underscores, 1 to 50 characters
     */
    public LifecycleStage {
        if (key == null || !KEY.matcher(key).matches()) {
            throw ValidationException.of("lifecycleStage", key,
                    "must be a lower-case key of letters, digits and underscores starting with a letter (at most 50)");
        }
    }

    /**
     * {@return the stage}
     *
     * @param key a built-in key such as {@code "lead"} or an application's own stage
     */
    public static LifecycleStage of(String key) {
        return new LifecycleStage(key);
    }

    /** {@return the built-in funnel stages in order, from subscriber to evangelist} */
    public static List<LifecycleStage> funnel() {
        return FUNNEL;
    }

    /** {@return whether this is one of the eight built-in stages} */
    public boolean isBuiltIn() {
        return FUNNEL.contains(this) || equals(CHURNED);
    }

    /** {@return the position in {@link #funnel()}, empty for churned and custom stages} */
    public Optional<Integer> funnelPosition() {
        int index = FUNNEL.indexOf(this);
        return index < 0 ? Optional.empty() : Optional.of(index);
    }

    /** {@return the next funnel stage, empty at the end of the funnel and for churned and custom stages} */
    public Optional<LifecycleStage> next() {
        return funnelPosition().filter(i -> i + 1 < FUNNEL.size()).map(i -> FUNNEL.get(i + 1));
    }

    @Override
    public String toString() {
        return key;
    }
}
