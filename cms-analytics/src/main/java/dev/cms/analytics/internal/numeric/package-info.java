/**
 * Numerics behind the models, not part of the API: the Gauss hypergeometric function and the maximum-likelihood
 * driver on top of Hipparchus. Not exported from the module.
 */
package dev.cms.analytics.internal.numeric;
