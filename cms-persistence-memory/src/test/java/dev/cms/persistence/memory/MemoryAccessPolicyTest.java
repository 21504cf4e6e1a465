package dev.cms.persistence.memory;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.AccessPolicyContract;

/** Runs the access policy contract on the in-memory adapter. */
class MemoryAccessPolicyTest extends AccessPolicyContract {
    @Override
    public PersistenceProvider newPersistence() {
        return new MemoryPersistence();
    }
}
