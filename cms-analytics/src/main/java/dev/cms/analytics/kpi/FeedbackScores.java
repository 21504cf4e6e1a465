package dev.cms.analytics.kpi;

import java.util.Objects;
import java.util.Optional;

/**
 * NPS, CSAT and CES over one set of survey answers; each is empty when the set holds no answer to that survey.
 *
 * @param nps  Net Promoter Score
 * @param csat customer satisfaction
 * @param ces  customer effort
 */
public record FeedbackScores(Optional<NpsResult> nps, Optional<CsatResult> csat, Optional<CesResult> ces) {
    /**
     * Checks the parts are present.
     *
     * @param nps  Net Promoter Score
     * @param csat customer satisfaction
     * @param ces  customer effort
     */
    public FeedbackScores {
        Objects.requireNonNull(nps, "nps");
        Objects.requireNonNull(csat, "csat");
        Objects.requireNonNull(ces, "ces");
    }
}
