package dev.cms.analytics.kpi;

import dev.cms.core.ValidationException;
import java.util.Objects;

/**
 * Net Promoter Score over a set of answers to "How likely are you to recommend us?" on 0 to 10 (F. F. Reichheld, "The
 * One Number You Need to Grow", Harvard Business Review 81(12), 2003): promoters answer 9 or 10, passives 7 or 8,
 * detractors 0 to 6, and {@code NPS = 100 · (promoters − detractors) / responses}, in [−100, 100].
 *
 * <p>The interval is the Wald interval from the trinomial variance of the score (B. Rocks, "Interval Estimation for the
 * 'Net Promoter Score'", The American Statistician 70(4), 2016): with p = promoters / n and d = detractors / n,
 * {@code Var(p − d) = (p + d − (p − d)²) / n} and the interval is {@code NPS ± z · 100 · √Var}, z the standard normal
 * quantile of the report's level, clipped to [−100, 100].
 *
 * @param responses  answers counted
 * @param promoters  answers of 9 or 10
 * @param passives   answers of 7 or 8
 * @param detractors answers of 0 to 6
 * @param score      the NPS, in [−100, 100]
 * @param interval   its confidence interval
 */
public record NpsResult(long responses, long promoters, long passives, long detractors, double score, Interval interval) {
    /**
     * Checks the counts and the range.
     *
     * @param responses  answers counted
     * @param promoters  answers of 9 or 10
     * @param passives   answers of 7 or 8
     * @param detractors answers of 0 to 6
     * @param score      the NPS, in [−100, 100]
     * @param interval   its confidence interval
     * @throws ValidationException if the counts do not add up or the score is out of range
     */
    public NpsResult {
        Objects.requireNonNull(interval, "interval");
        if (responses < 1 || promoters < 0 || passives < 0 || detractors < 0 || promoters + passives + detractors != responses) {
            throw ValidationException.of("responses", responses, "must be at least 1 and the sum of promoters, passives and detractors");
        }
        if (!(score >= -100 && score <= 100)) {
            throw ValidationException.of("score", score, "must lie in [-100, 100]");
        }
    }
}
