package dev.cms.core.sales;

import dev.cms.core.ValidationException;
import dev.cms.core.internal.Violations;
import java.util.Objects;

/**
 * A step of a {@link Pipeline}: a stable id, a name, the default win probability of the deals in it, and whether it
 * is an open, closed-won or closed-lost stage. Closed-won stages have probability 100, closed-lost stages 0.
 *
 * @param id          stable id (survives renames and reordering)
 * @param name        display name, unique within the pipeline
 * @param probability default win probability in percent, 0 to 100
 * @param kind        open, won or lost
 */
public record Stage(StageId id, String name, int probability, StageKind kind) {
    /**
     * Checks every part.
     *
     * @param id          stable id (survives renames and reordering)
     * @param name        display name, unique within the pipeline
     * @param probability default win probability in percent, 0 to 100
     * @param kind        open, won or lost
     * @throws ValidationException listing every problem
     */
    public Stage {
        Objects.requireNonNull(id, "id");
        Violations v = new Violations();
        name = v.line("name", name, 100);
        v.require(kind != null, "kind", null, "is required");
        v.require(probability >= 0 && probability <= 100, "probability", probability, "must be between 0 and 100");
        v.require(kind != StageKind.WON || probability == 100, "probability", probability, "a closed-won stage has probability 100");
        v.require(kind != StageKind.LOST || probability == 0, "probability", probability, "a closed-lost stage has probability 0");
        v.throwIfAny();
    }

    /**
     * {@return a copy with the name}
     *
     * @param newName the new name
     */
    public Stage renamed(String newName) {
        return new Stage(id, newName, probability, kind);
    }

    /**
     * {@return a copy with the probability}
     *
     * @param percent the new default probability
     */
    public Stage withProbability(int percent) {
        return new Stage(id, name, percent, kind);
    }
}
