package dev.cms.persistence.jpa;

import dev.cms.core.support.TicketStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;

/** A row of {@code ticket_status_change}. */
@Embeddable
class TicketChangeCell {
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false)
    TicketStatus from;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    TicketStatus to;
    @Column(name = "changed_at", nullable = false)
    Instant at;
    @Column(name = "changed_by", nullable = false)
    String by;
    @Column(name = "reason")
    String reason;

    TicketChangeCell() {
    }

    TicketChangeCell(TicketStatus from, TicketStatus to, Instant at, String by, String reason) {
        this.from = from;
        this.to = to;
        this.at = at;
        this.by = by;
        this.reason = reason;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TicketChangeCell c && from == c.from && to == c.to && at.equals(c.at) && by.equals(c.by)
                && Objects.equals(reason, c.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to, at, by, reason);
    }
}
