/** CMS test-kit: contract tests every persistence adapter must pass. */
module dev.cms.testkit {
    requires transitive dev.cms.core;
    requires transitive org.junit.jupiter.api;
    requires transitive net.jqwik.api;
    requires transitive org.assertj.core;

    exports dev.cms.testkit;

    // JUnit and jqwik call the contract classes reflectively, also when an adapter runs them on the module path.
    opens dev.cms.testkit;
}
