package dev.cms.analytics.kpi;

import dev.cms.core.ValidationException;
import java.util.Objects;

/**
 * How many scored customers fall into one named segment.
 *
 * @param segment   the segment
 * @param customers scored customers in it
 * @param share     customers / scored customers, in [0, 1]
 */
public record RfmSegmentCount(RfmSegment segment, long customers, double share) {
    /**
     * Checks the parts.
     *
     * @param segment   the segment
     * @param customers scored customers in it
     * @param share     customers / scored customers, in [0, 1]
     * @throws ValidationException if the count is negative or the share outside [0, 1]
     */
    public RfmSegmentCount {
        Objects.requireNonNull(segment, "segment");
        if (customers < 0 || !(share >= 0 && share <= 1)) {
            throw ValidationException.of("share", share, "must lie in [0, 1] with a count of 0 or more");
        }
    }
}
