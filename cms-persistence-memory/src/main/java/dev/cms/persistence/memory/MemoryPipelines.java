package dev.cms.persistence.memory;

import dev.cms.core.ConflictException;
import dev.cms.core.NotFoundException;
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

    MemoryPipelines(MemoryStore store) {
        this.store = store;
    }

    @Override
    public void insert(Pipeline pipeline) {
        store.write(() -> {
            if (byId.containsKey(pipeline.id())) {
                throw new ConflictException(ConflictException.Reason.CONCURRENT_MODIFICATION, "pipeline " + pipeline.id() + " already exists");
            }
            if (pipeline.defaultPipeline() && byId.values().stream().anyMatch(Pipeline::defaultPipeline)) {
                throw new ConflictException(ConflictException.Reason.DUPLICATE, "a default pipeline exists already");
            }
            byId.put(pipeline.id(), pipeline);
            return () -> byId.remove(pipeline.id());
        });
    }

    @Override
    public void update(Pipeline pipeline) {
        store.write(() -> {
            Pipeline stored = byId.get(pipeline.id());
            if (stored == null) {
                throw new NotFoundException("pipeline", pipeline.id().toString());
            }
            if (stored.version() != pipeline.version() - 1) {
                throw ConflictException.staleVersion("pipeline", pipeline.id(), pipeline.version() - 1, stored.version());
            }
            byId.put(pipeline.id(), pipeline);
            return () -> byId.put(stored.id(), stored);
        });
    }

    @Override
    public Optional<Pipeline> findById(PipelineId id) {
        return store.read(() -> Optional.ofNullable(byId.get(id)));
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
