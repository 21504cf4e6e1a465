package dev.cms.core.spi;

import dev.cms.core.ConflictException;
import dev.cms.core.NotFoundException;
import dev.cms.core.sales.Pipeline;
import dev.cms.core.sales.PipelineId;
import java.util.List;
import java.util.Optional;

/** Stores pipelines (few per installation; each is one aggregate with its stages). */
public interface PipelineRepository {
    /**
     * Stores a new pipeline.
     *
     * @param pipeline a new pipeline
     * @throws ConflictException with {@link ConflictException.Reason#DUPLICATE} if it is a default pipeline and one
     *                           exists already, {@link ConflictException.Reason#CONCURRENT_MODIFICATION} if the id
     *                           exists
     */
    void insert(Pipeline pipeline);

    /**
     * Replaces a stored pipeline with its next version.
     *
     * @param pipeline the next version
     * @throws NotFoundException if it does not exist
     * @throws ConflictException with {@link ConflictException.Reason#STALE_VERSION} unless the stored version is
     *                           {@code pipeline.version() - 1}
     */
    void update(Pipeline pipeline);

    /**
     * {@return the pipeline, or empty}
     *
     * @param id a pipeline id
     */
    Optional<Pipeline> findById(PipelineId id);

    /** {@return the default pipeline, if it was created} */
    Optional<Pipeline> findDefault();

    /** {@return every pipeline ordered by name, then id} */
    List<Pipeline> findAll();
}
