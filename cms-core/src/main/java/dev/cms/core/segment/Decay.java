package dev.cms.core.segment;

import dev.cms.core.ValidationException;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Exponential decay of behavioural points: points earned by an event {@code age} days ago count
 * {@code 0.5^(age / halfLifeDays)} of their value (an e-mail opened one half-life ago counts half). Events dated in
 * the future count fully.
 *
 * @param halfLifeDays days after which points count half, from 1 to 3,650
 */
public record Decay(int halfLifeDays) {
    /**
     * Checks the half-life.
     *
     * @param halfLifeDays days after which points count half, from 1 to 3,650
     * @throws ValidationException if it is outside
     */
    public Decay {
        if (halfLifeDays < 1 || halfLifeDays > 3650) {
            throw ValidationException.of("halfLifeDays", halfLifeDays, "must be between 1 and 3650");
        }
    }

    /**
     * {@return the factor, in (0, 1], for an event {@code ageDays} days old, to 10 significant digits}
     *
     * @param ageDays whole days since the event (negative or zero: 1)
     */
    public BigDecimal factor(long ageDays) {
        if (ageDays <= 0) {
            return BigDecimal.ONE;
        }
        return new BigDecimal(StrictMath.pow(0.5, (double) ageDays / halfLifeDays), new MathContext(10));
    }
}
