package dev.cms.persistence.jpa;

import dev.cms.core.sales.StageKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.UUID;

/** A row of {@code pipeline_stage}. */
@Embeddable
class StageCell {
    @Column(name = "stage_id", nullable = false)
    UUID stageId;
    @Column(name = "name", nullable = false)
    String name;
    @Column(name = "probability", nullable = false)
    int probability;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    StageKind kind;

    StageCell() {
    }

    StageCell(UUID stageId, String name, int probability, StageKind kind) {
        this.stageId = stageId;
        this.name = name;
        this.probability = probability;
        this.kind = kind;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StageCell c && stageId.equals(c.stageId) && name.equals(c.name) && probability == c.probability
                && kind == c.kind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(stageId, name, probability, kind);
    }
}
