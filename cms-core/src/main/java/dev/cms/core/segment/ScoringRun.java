package dev.cms.core.segment;

/**
 * The outcome of {@link LeadScoringService#rescoreAll}.
 *
 * @param scored    customers whose score was computed and stored
 * @param qualified customers whose score reached the threshold
 * @param promoted  qualified customers moved on to the next lifecycle stage
 */
public record ScoringRun(long scored, long qualified, long promoted) {
}
