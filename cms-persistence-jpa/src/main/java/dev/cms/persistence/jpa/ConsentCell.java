package dev.cms.persistence.jpa;

import dev.cms.core.customer.ConsentState;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;

/** One channel's consent columns of {@link CustomerRow}. */
@Embeddable
class ConsentCell {
    @Enumerated(EnumType.STRING)
    ConsentState state = ConsentState.UNKNOWN;
    Instant recordedAt;
    String source;

    ConsentCell() {
    }

    ConsentCell(ConsentState state, Instant recordedAt, String source) {
        this.state = state;
        this.recordedAt = recordedAt;
        this.source = source;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConsentCell c && state == c.state && Objects.equals(recordedAt, c.recordedAt)
                && Objects.equals(source, c.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, recordedAt, source);
    }
}
