package dev.cms.analytics.kpi;

import dev.cms.core.segment.Rule;
import dev.cms.core.segment.SegmentId;
import java.util.Objects;

/**
 * Whose data a KPI covers: every customer, the members of a saved segment, or the customers an ad-hoc rule matches.
 * Membership is evaluated when the KPI runs (segments are evaluated "now", by the Cms clock, not at the end of the
 * KPI's window), and customers the principal may not read are left out, as in
 * {@link dev.cms.core.segment.SegmentService#members(Rule, dev.cms.core.PageRequest)}.
 */
public sealed interface Population {
    /** Every customer of the store. */
    record Everyone() implements Population {
        /** Creates the population. */
        public Everyone {
        }
    }

    /**
     * The members of a saved segment.
     *
     * @param segment the segment
     */
    record Segment(SegmentId segment) implements Population {
        /**
         * Requires the id.
         *
         * @param segment the segment
         */
        public Segment {
            Objects.requireNonNull(segment, "segment");
        }
    }

    /**
     * The customers an ad-hoc rule matches.
     *
     * @param rule the rule, validated when the KPI runs
     */
    record Matching(Rule rule) implements Population {
        /**
         * Requires the rule.
         *
         * @param rule the rule
         */
        public Matching {
            Objects.requireNonNull(rule, "rule");
        }
    }

    /** {@return every customer} */
    static Population everyone() {
        return new Everyone();
    }

    /**
     * {@return the members of the saved segment}
     *
     * @param segment a saved segment
     */
    static Population segment(SegmentId segment) {
        return new Segment(segment);
    }

    /**
     * {@return the customers the rule matches}
     *
     * @param rule a segmentation rule
     */
    static Population matching(Rule rule) {
        return new Matching(rule);
    }
}
