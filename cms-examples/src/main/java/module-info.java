/**
 * CMS examples: runnable programs that use the library as an application would, through the exported API only
 * (compiling against the module boundary proves they need nothing internal).
 */
module dev.cms.examples {
    requires dev.cms.persistence.memory;
    requires dev.cms.analytics;
}
