package dev.cms.testkit;

import dev.cms.core.spi.PersistenceProvider;

/**
 * What every contract in this test-kit asks of the adapter being tested: a fresh, empty store. Adapter modules
 * implement it once (for example in a small base class) and mix it into each contract they extend.
 */
public interface AdapterUnderTest {
    /**
     * Called before every test (and every property try); must return a store with no data in it. Adapters backed by
     * a shared database should clear their tables here rather than create a new database each time.
     *
     * @return an empty store
     */
    PersistenceProvider newPersistence();
}
