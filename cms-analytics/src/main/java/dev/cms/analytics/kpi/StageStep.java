package dev.cms.analytics.kpi;

import dev.cms.core.ValidationException;
import dev.cms.core.sales.StageId;
import dev.cms.core.sales.StageKind;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a pipeline's funnel: how many of the deals created in the window reached this stage.
 *
 * <p>A deal reached open stage i when its stage history shows a move into stage i or into any later open stage, or into
 * the closed-won stage: a funnel is passed in order, so a deal that skipped a stage (or was opened in a later one) has
 * passed the stages before. The last step is the closed-won stage. With R(i) the deals that reached step i:
 * {@code conversionFromPrevious = R(i) / R(i−1)} (empty for the first step or when R(i−1) = 0) and
 * {@code conversionFromFirst = R(i) / R(0)} (empty when R(0) = 0); the last step's {@code conversionFromFirst} is the
 * cohort's win rate. This is the stage-to-stage conversion of pipeline analysis (P. W. Farris, N. T. Bendle, P. E.
 * Pfeifer and D. J. Reibstein, <i>Marketing Metrics</i>, 2nd ed., Pearson 2010, ch. 6, "Sales Force and Channel
 * Management": pipeline analysis and the sales funnel).
 *
 * @param stage                  the stage
 * @param name                   its name
 * @param kind                   open, or won for the last step
 * @param reached                R(i)
 * @param conversionFromPrevious R(i) / R(i−1), in [0, 1]
 * @param conversionFromFirst    R(i) / R(0), in [0, 1]
 */
public record StageStep(StageId stage, String name, StageKind kind, long reached, Optional<Double> conversionFromPrevious,
                        Optional<Double> conversionFromFirst) {
    /**
     * Checks the parts.
     *
     * @param stage                  the stage
     * @param name                   its name
     * @param kind                   open, or won for the last step
     * @param reached                R(i)
     * @param conversionFromPrevious R(i) / R(i−1), in [0, 1]
     * @param conversionFromFirst    R(i) / R(0), in [0, 1]
     * @throws ValidationException if the count is negative or the step is a closed-lost stage
     */
    public StageStep {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(conversionFromPrevious, "conversionFromPrevious");
        Objects.requireNonNull(conversionFromFirst, "conversionFromFirst");
        if (reached < 0 || kind == StageKind.LOST) {
            throw ValidationException.of("reached", reached, "must not be negative, and a funnel has no closed-lost step");
        }
    }
}
