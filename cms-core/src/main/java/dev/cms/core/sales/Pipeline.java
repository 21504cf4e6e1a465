package dev.cms.core.sales;

import dev.cms.core.ValidationException;
import dev.cms.core.internal.Checks;
import dev.cms.core.internal.Violations;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A sales process: an ordered list of stages that deals move through. Open stages come first, in the order deals
 * progress; then exactly one closed-won and one closed-lost stage. Stage names are unique within a pipeline, compared
 * without regard to case.
 *
 * @param id          the pipeline's id
 * @param name        display name
 * @param stages      open stages in order, then the closed-won and closed-lost stages
 * @param defaultPipeline whether new deals go here when no pipeline is named
 * @param createdAt   when it was created
 * @param updatedAt   when it was last changed
 * @param version     grows by one with every change
 */
public record Pipeline(PipelineId id, String name, List<Stage> stages, boolean defaultPipeline, Instant createdAt,
                       Instant updatedAt, long version) {
    /**
     * Checks the stage rules.
     *
     * @param id          the pipeline's id
     * @param name        display name
     * @param stages      open stages in order, then the closed-won and closed-lost stages
     * @param defaultPipeline whether new deals go here when no pipeline is named
     * @param createdAt   when it was created
     * @param updatedAt   when it was last changed
     * @param version     grows by one with every change
     * @throws ValidationException listing every problem
     */
    public Pipeline {
        Objects.requireNonNull(id, "id");
        Violations v = new Violations();
        name = v.line("name", name, 100);
        Objects.requireNonNull(stages, "stages");
        stages = List.copyOf(stages);
        checkStages(v, stages);
        createdAt = v.instant("createdAt", createdAt);
        updatedAt = v.instant("updatedAt", updatedAt);
        v.require(version >= 0, "version", version, "must not be negative");
        v.throwIfAny();
    }

    private static void checkStages(Violations v, List<Stage> stages) {
        long won = stages.stream().filter(s -> s.kind() == StageKind.WON).count();
        long lost = stages.stream().filter(s -> s.kind() == StageKind.LOST).count();
        long open = stages.stream().filter(s -> s.kind() == StageKind.OPEN).count();
        v.require(won == 1, "stages", won + " closed-won", "a pipeline has exactly one closed-won stage");
        v.require(lost == 1, "stages", lost + " closed-lost", "a pipeline has exactly one closed-lost stage");
        v.require(open >= 1, "stages", "0 open", "a pipeline has at least one open stage");
        v.require(stages.size() <= 50, "stages", stages.size(), "at most 50 stages");
        Set<StageId> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        boolean closedSeen = false;
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            v.require(ids.add(stage.id()), "stages[" + i + "].id", stage.id(), "is used twice");
            v.require(names.add(stage.name().toLowerCase(Locale.ROOT)), "stages[" + i + "].name", stage.name(), "is used twice");
            if (stage.kind() == StageKind.OPEN) {
                v.require(!closedSeen, "stages[" + i + "]", stage.name(), "open stages come before the closed stages");
            } else {
                closedSeen = true;
            }
        }
    }

    /**
     * {@return the stage, if it belongs to this pipeline}
     *
     * @param stage a stage id
     */
    public Optional<Stage> stage(StageId stage) {
        return stages.stream().filter(s -> s.id().equals(stage)).findFirst();
    }

    /** {@return the open stages in order} */
    public List<Stage> openStages() {
        return stages.stream().filter(s -> s.kind() == StageKind.OPEN).toList();
    }

    /** {@return the closed-won stage} */
    public Stage wonStage() {
        return stages.stream().filter(s -> s.kind() == StageKind.WON).findFirst().orElseThrow();
    }

    /** {@return the closed-lost stage} */
    public Stage lostStage() {
        return stages.stream().filter(s -> s.kind() == StageKind.LOST).findFirst().orElseThrow();
    }

    /**
     * {@return the next version with those stages}
     *
     * @param newStages the stages after a change
     * @param at        when
     * @throws ValidationException if they break a stage rule
     */
    public Pipeline withStages(List<Stage> newStages, Instant at) {
        return new Pipeline(id, name, newStages, defaultPipeline, createdAt, Checks.instant("at", at), version + 1);
    }

    /**
     * {@return the next version with the name}
     *
     * @param newName the new name
     * @param at      when
     */
    public Pipeline renamed(String newName, Instant at) {
        return new Pipeline(id, newName, stages, defaultPipeline, createdAt, at, version + 1);
    }
}
