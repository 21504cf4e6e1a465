package dev.cms.persistence.jpa;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.net.URL;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * The adapter's persistence unit, described in code instead of a {@code persistence.xml}: the entity classes listed
 * explicitly (no scanning), resource-local transactions over the application's {@link DataSource}, no shared cache
 * and no Bean Validation (the domain validates itself). Handed to any JPA provider through the standard
 * {@link jakarta.persistence.spi.PersistenceProvider#createContainerEntityManagerFactory}.
 */
final class CmsPersistenceUnit implements PersistenceUnitInfo {
    /** The unit's name. */
    static final String NAME = "cms";

    /** Every entity class of the adapter. */
    static final List<Class<?>> ENTITIES = List.of(CustomerRow.class, AttributeDefinitionRow.class, InteractionRow.class,
            TaskRow.class, PipelineRow.class, OpportunityRow.class, PurchaseRow.class, TicketRow.class, SurveyResponseRow.class,
            SegmentRow.class, StaticListRow.class, StaticListMemberRow.class, LeadScoreRow.class);

    private final DataSource dataSource;
    private final String providerClassName;
    private final Properties properties;

    CmsPersistenceUnit(DataSource dataSource, String providerClassName, Properties properties) {
        this.dataSource = dataSource;
        this.providerClassName = providerClassName;
        this.properties = properties;
    }

    @Override
    public String getPersistenceUnitName() {
        return NAME;
    }

    @Override
    public String getPersistenceProviderClassName() {
        return providerClassName;
    }

    @Override
    public PersistenceUnitTransactionType getTransactionType() {
        return PersistenceUnitTransactionType.RESOURCE_LOCAL;
    }

    @Override
    public DataSource getJtaDataSource() {
        return null;
    }

    @Override
    public DataSource getNonJtaDataSource() {
        return dataSource;
    }

    @Override
    public List<String> getMappingFileNames() {
        return List.of();
    }

    @Override
    public List<URL> getJarFileUrls() {
        return List.of();
    }

    @Override
    public URL getPersistenceUnitRootUrl() {
        return null;
    }

    @Override
    public List<String> getManagedClassNames() {
        return ENTITIES.stream().map(Class::getName).toList();
    }

    @Override
    public boolean excludeUnlistedClasses() {
        return true;
    }

    @Override
    public SharedCacheMode getSharedCacheMode() {
        return SharedCacheMode.NONE;
    }

    @Override
    public ValidationMode getValidationMode() {
        return ValidationMode.NONE;
    }

    @Override
    public Properties getProperties() {
        return properties;
    }

    @Override
    public String getPersistenceXMLSchemaVersion() {
        return "3.1";
    }

    @Override
    public ClassLoader getClassLoader() {
        return CmsPersistenceUnit.class.getClassLoader();
    }

    @Override
    public void addTransformer(ClassTransformer transformer) {
        // No load-time weaving: the entities are plain classes and need no enhancement.
    }

    @Override
    public ClassLoader getNewTempClassLoader() {
        return getClassLoader();
    }
}
