/**
 * JSON for the analytics reports: register {@link dev.cms.analytics.json.AnalyticsJacksonModule} next to
 * {@code dev.cms.core.json.CmsJacksonModule} on a Jackson {@code ObjectMapper}. Jackson is an optional dependency of
 * the module ({@code requires static}); only this package uses it.
 */
package dev.cms.analytics.json;
