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
    /**
     * Checks the parts are present.
     *
     * @param name        display name
     * @param probability default win probability in percent
     * @param kind        open, won or lost
     */
    public StageDraft {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * {@return an open stage}
     *
     * @param name        display name
     * @param probability default win probability in percent
     */
    public static StageDraft open(String name, int probability) {
        return new StageDraft(name, probability, StageKind.OPEN);
    }

    /**
     * {@return the closed-won stage}
     *
     * @param name display name, such as "Closed won"
     */
    public static StageDraft won(String name) {
        return new StageDraft(name, 100, StageKind.WON);
    }

    /**
     * {@return the closed-lost stage}
     *
     * @param name display name, such as "Closed lost"
     */
    public static StageDraft lost(String name) {
        return new StageDraft(name, 0, StageKind.LOST);
    }
}
