package dev.cms.core.sales;

import java.util.Objects;

/**
 * A stage to add to a pipeline, before it has an id.
 *
 * @param name        display name
 * @param probability default win probability in percent
 * @param kind        open, won or lost
 */
public record StageDraft(String name, int probability, StageKind kind) {
    /** Checks the parts are present. */
    public StageDraft {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * @param name        display name
     * @param probability default win probability in percent
     * @return an open stage
     */
    public static StageDraft open(String name, int probability) {
        return new StageDraft(name, probability, StageKind.OPEN);
    }

    /**
     * @param name display name, such as "Closed won"
     * @return the closed-won stage
     */
    public static StageDraft won(String name) {
        return new StageDraft(name, 100, StageKind.WON);
    }

    /**
     * @param name display name, such as "Closed lost"
     * @return the closed-lost stage
     */
    public static StageDraft lost(String name) {
        return new StageDraft(name, 0, StageKind.LOST);
    }
}
