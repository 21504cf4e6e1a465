package dev.cms.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A row of {@code opportunity_stage_change}: one entry of a deal's stage history. */
@Embeddable
class StageChangeCell {
    @Column(name = "from_stage")
    UUID from;
    @Column(name = "to_stage", nullable = false)
    UUID to;
    @Column(name = "changed_at", nullable = false)
    Instant at;
    @Column(name = "changed_by", nullable = false)
    String by;

    StageChangeCell() {
    }

    StageChangeCell(UUID from, UUID to, Instant at, String by) {
        this.from = from;
        this.to = to;
        this.at = at;
        this.by = by;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StageChangeCell c && Objects.equals(from, c.from) && to.equals(c.to) && at.equals(c.at)
                && by.equals(c.by);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to, at, by);
    }
}
