/**
 * Benchmarks of the customer-base model fits of {@code dev.cms.analytics.clv} on the CDNOW 1/10 sample (2,357
 * customers, calibration period to 1997-09-30, weeks): BG/NBD, Gamma-Gamma, both together, and Pareto/NBD, each from
 * the calibration summaries to the fitted model with its standard errors. The README's "Benchmarks" section has the
 * command, the figures and the comparison with the Python library lifetimes.
 */
package dev.cms.benchmarks.clv;
