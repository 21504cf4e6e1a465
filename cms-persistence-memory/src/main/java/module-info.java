/** CMS in-memory persistence: the default adapter for tests and demos. */
module dev.cms.persistence.memory {
    requires transitive dev.cms.core;

    exports dev.cms.persistence.memory;
}
