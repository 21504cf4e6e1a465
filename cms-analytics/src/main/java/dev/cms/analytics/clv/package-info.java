/**
 * Probabilistic customer-base analysis: per-customer calibration summaries ({@link
 * dev.cms.analytics.clv.CustomerSummary}, {@link dev.cms.analytics.clv.CustomerSummaries}, derived from a raw
 * {@link dev.cms.analytics.clv.Transaction} list), the models fitted on them by maximum likelihood ({@link
 * dev.cms.analytics.clv.BgNbdModel}, {@link dev.cms.analytics.clv.ParetoNbdModel}, {@link
 * dev.cms.analytics.clv.GammaGammaModel}), the discrete-time {@link dev.cms.analytics.clv.BgBbModel} over
 * {@link dev.cms.analytics.clv.OpportunityHistory} records, the contractual {@link
 * dev.cms.analytics.clv.ShiftedBetaGeometricModel}, each fit with standard errors and diagnostics in a {@link
 * dev.cms.analytics.clv.ModelFit}, discounted {@link dev.cms.analytics.clv.CustomerLifetimeValue}, and
 * calibration/holdout validation ({@link dev.cms.analytics.clv.HoldoutValidation}, {@link
 * dev.cms.analytics.clv.HoldoutReport}).
 *
 * <p>Time is never a bare number: every summary set carries its {@link java.time.temporal.ChronoUnit}, a fitted model
 * keeps the unit of its data, summaries in another unit are converted, and every horizon is a
 * {@link java.time.Duration}. Money is {@link dev.cms.core.money.Money}; doubles appear only inside the models.
 *
 * <p>No method in this package accepts or returns {@code null}; absence is {@link java.util.Optional}.
 */
package dev.cms.analytics.clv;
