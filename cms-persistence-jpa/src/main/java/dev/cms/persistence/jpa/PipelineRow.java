package dev.cms.persistence.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Table {@code pipeline}, its stages in order in {@code pipeline_stage}. */
@Entity(name = "PipelineRow")
@Table(name = "pipeline")
class PipelineRow {
    @Id
    @Column(name = "id")
    UUID id;

    @Column(name = "name", nullable = false)
    String name;

    /** {@code TRUE} for the default pipeline, null otherwise (see the unique constraint in V1). */
    @Column(name = "default_marker")
    Boolean defaultMarker;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "version", nullable = false, updatable = false)
    long version;

    @ElementCollection
    @CollectionTable(name = "pipeline_stage", joinColumns = @JoinColumn(name = "pipeline_id"))
    @OrderColumn(name = "position")
    List<StageCell> stages = new ArrayList<>();

    PipelineRow() {
    }
}
