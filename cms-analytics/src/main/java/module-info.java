/**
 * CMS analytics: customer-base models (BG/NBD, Pareto/NBD, Gamma-Gamma, BG/BB, shifted-beta-geometric) fitted by
 * maximum likelihood, their predictions and discounted CLV ({@code dev.cms.analytics.clv}); descriptive KPIs read from
 * the store ({@code dev.cms.analytics.kpi}); JSON for the KPI reports ({@code dev.cms.analytics.json}, with Jackson
 * as an optional dependency). The numerics (the hypergeometric function, the maximum-likelihood driver) live in the
 * unexported {@code dev.cms.analytics.internal.numeric}.
 */
module dev.cms.analytics {
    requires transitive dev.cms.core;
    // Hipparchus ships neither a module-info nor an Automatic-Module-Name, so its module names are derived from the
    // jar file names (hipparchus-core-V.jar -> hipparchus.core). They are an implementation detail: nothing of
    // Hipparchus appears in the exported API.
    requires hipparchus.core;
    requires hipparchus.optim;
    // Optional: only dev.cms.analytics.json uses Jackson, to serialise the reports.
    requires static com.fasterxml.jackson.databind;

    exports dev.cms.analytics.clv;
    exports dev.cms.analytics.kpi;
    exports dev.cms.analytics.json;
}
