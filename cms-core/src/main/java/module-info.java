/**
 * CMS core: the domain model, the ports adapters implement, the services and the {@link dev.cms.core.Cms} entry
 * point. Only API packages are exported; {@code dev.cms.core.internal} is the implementation.
 */
module dev.cms.core {
    requires transitive org.slf4j;
    requires com.google.i18n.phonenumbers.libphonenumber;
    requires static com.fasterxml.jackson.databind;

    exports dev.cms.core;
    exports dev.cms.core.access;
    exports dev.cms.core.commerce;
    exports dev.cms.core.customer;
    exports dev.cms.core.feedback;
    exports dev.cms.core.interaction;
    exports dev.cms.core.json;
    exports dev.cms.core.money;
    exports dev.cms.core.sales;
    exports dev.cms.core.segment;
    exports dev.cms.core.spi;
    exports dev.cms.core.support;
    exports dev.cms.core.task;
}
