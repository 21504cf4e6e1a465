/**
 * JSON for every public value type, through a Jackson module. Jackson is an optional dependency of the core: only
 * applications that use this package need it on their path.
 */
package dev.cms.core.json;
