/** CMS JPA persistence: the relational adapter over Jakarta Persistence, schema by Flyway. */
module dev.cms.persistence.jpa {
    requires transitive dev.cms.core;
    requires transitive jakarta.persistence;
    requires transitive java.sql;
    // Flyway 11 ships neither a module descriptor nor an Automatic-Module-Name, so its name is the jar's: flyway.core.
    requires flyway.core;

    exports dev.cms.persistence.jpa;

    // The provider reads and writes the package-private entity classes reflectively, whichever provider it is.
    opens dev.cms.persistence.jpa;
}
