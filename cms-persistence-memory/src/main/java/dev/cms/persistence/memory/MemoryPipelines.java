package dev.cms.persistence.memory;

import dev.cms.core.ConflictException;
import dev.cms.core.sales.Pipeline;
import dev.cms.core.sales.PipelineId;
import dev.cms.core.spi.PipelineRepository;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Pipelines by id; there are few, so listing sorts on the fly. */
final class MemoryPipelines implements PipelineRepository {
    private final MemoryStore store;
    private final Map<PipelineId, Pipeline> byId = new HashMap<>();
    private final Rows<PipelineId, Pipeline> rows;

    MemoryPipelines(MemoryStore store) {
        this.store = store;
        this.rows = new Rows<>(store, "pipeline", byId, Pipeline::id, Pipeline::version, (old, now) -> { });
    }

    @Override
    public void insert(Pipeline pipeline) {
        rows.insert(pipeline, p -> {
            if (p.defaultPipeline() && byId.values().stream().anyMatch(Pipeline::defaultPipeline)) {
                throw new ConflictException(ConflictException.Reason.DUPLICATE, "a default pipeline exists already");
            }
        });
    }

    @Override
    public void update(Pipeline pipeline) {
        rows.update(pipeline, Rows::noCheck);
    }

    @Override
    public Optional<Pipeline> findById(PipelineId id) {
        return rows.find(id);
    }

    @Override
    public Optional<Pipeline> findDefault() {
        return store.read(() -> byId.values().stream().filter(Pipeline::defaultPipeline).findFirst());
    }

    @Override
    public List<Pipeline> findAll() {
        return store.read(() -> byId.values().stream()
                .sorted(Comparator.comparing(Pipeline::name).thenComparing(Pipeline::id)).toList());
    }
}
