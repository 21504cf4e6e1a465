package dev.cms.persistence.jpa;

import dev.cms.core.sales.Pipeline;
import dev.cms.core.sales.PipelineId;
import dev.cms.core.sales.Stage;
import dev.cms.core.sales.StageId;
import dev.cms.core.spi.PipelineRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link PipelineRepository} over {@link PipelineRow}; the single default is enforced by {@code uq_pipeline_default}. */
final class JpaPipelines implements PipelineRepository {
    private final JpaTransactions tx;

    JpaPipelines(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void insert(Pipeline pipeline) {
        tx.write(em -> {
            PipelineRow row = new PipelineRow();
            write(pipeline, row);
            row.version = pipeline.version();
            em.persist(row);
        });
    }

    @Override
    public void update(Pipeline pipeline) {
        tx.write(em -> {
            Versions.advance(em, "pipeline", "PipelineRow", "pipeline", pipeline.id().value(), pipeline.version());
            PipelineRow row = em.find(PipelineRow.class, pipeline.id().value());
            row.version = pipeline.version();
            write(pipeline, row);
        });
    }

    @Override
    public Optional<Pipeline> findById(PipelineId id) {
        return tx.read(em -> Optional.ofNullable(em.find(PipelineRow.class, id.value())).map(JpaPipelines::read));
    }

    @Override
    public Optional<Pipeline> findDefault() {
        return tx.read(em -> em.createQuery("select p from PipelineRow p where p.defaultMarker = true", PipelineRow.class)
                .getResultList().stream().findFirst().map(JpaPipelines::read));
    }

    @Override
    public List<Pipeline> findAll() {
        // Few per installation, sorted here: Java's String order (UTF-16 units) is the contract's, which no SQL
        // collation reproduces exactly for names outside the Basic Multilingual Plane.
        return tx.read(em -> em.createQuery("select p from PipelineRow p", PipelineRow.class).getResultList().stream()
                .map(JpaPipelines::read).sorted(Comparator.comparing(Pipeline::name).thenComparing(Pipeline::id)).toList());
    }

    private static void write(Pipeline pipeline, PipelineRow row) {
        row.id = pipeline.id().value();
        row.name = pipeline.name();
        row.defaultMarker = pipeline.defaultPipeline() ? Boolean.TRUE : null;
        row.createdAt = pipeline.createdAt();
        row.updatedAt = pipeline.updatedAt();
        Collections2.sync(row.stages, pipeline.stages().stream()
                .map(s -> new StageCell(s.id().value(), s.name(), s.probability(), s.kind())).toList());
    }

    private static Pipeline read(PipelineRow row) {
        List<Stage> stages = row.stages.stream().map(s -> new Stage(StageId.of(s.stageId), s.name, s.probability, s.kind)).toList();
        return new Pipeline(PipelineId.of(row.id), row.name, stages, row.defaultMarker != null, row.createdAt, row.updatedAt,
                row.version);
    }
}
