package dev.cms.core.sales;

import dev.cms.core.ConflictException;
import dev.cms.core.NotFoundException;
import dev.cms.core.ValidationException;
import java.util.List;
import java.util.Optional;

/**
 * Manages sales pipelines and their stages; obtain it with {@code cms.as(principal).pipelines()}. Every change takes
 * the version the caller read ({@link ConflictException} if stale) and publishes {@link PipelineChanged}.
 */
public interface PipelineService {
    /** Name of the pipeline that exists out of the box. */
    String DEFAULT_NAME = "Sales";

    /**
     * The pipeline new deals go to when none is named. The first call creates it with the stages Qualification
     * (10%), Needs analysis (20%), Proposal (50%), Negotiation (80%), Closed won and Closed lost.
     *
     * @return the default pipeline
     */
    Pipeline defaultPipeline();

    /**
     * {@return the new pipeline}
     *
     * @param name   display name
     * @param stages open stages in order, then one closed-won and one closed-lost stage
     * @throws ValidationException if the stages break a rule of {@link Pipeline}
     */
    Pipeline create(String name, List<StageDraft> stages);

    /**
     * {@return the pipeline}
     *
     * @param id a pipeline id
     * @throws NotFoundException if there is none
     */
    Pipeline get(PipelineId id);

    /** {@return every pipeline, the default one included once it exists, ordered by name} */
    List<Pipeline> list();

    /**
     * {@return the renamed pipeline}
     *
     * @param id              the pipeline
     * @param expectedVersion the version read
     * @param name            the new name
     */
    Pipeline rename(PipelineId id, long expectedVersion, String name);

    /**
     * Adds an open stage.
     *
     * @param id              the pipeline
     * @param expectedVersion the version read
     * @param stage           the new open stage
     * @param position        its index among the open stages, 0 for first
     * @return the pipeline with the stage
     * @throws ValidationException if the stage is not open, its name is taken or the position is out of range
     */
    Pipeline addStage(PipelineId id, long expectedVersion, StageDraft stage, int position);

    /**
     * {@return the pipeline with the stage renamed}
     *
     * @param id              the pipeline
     * @param expectedVersion the version read
     * @param stage           the stage
     * @param name            its new name
     */
    Pipeline renameStage(PipelineId id, long expectedVersion, StageId stage, String name);

    /**
     * Changes an open stage's default win probability. Deals without their own probability follow it at once.
     *
     * @param id              the pipeline
     * @param expectedVersion the version read
     * @param stage           an open stage
     * @param probability     percent, 0 to 100
     * @return the pipeline with the new probability
     */
    Pipeline setStageProbability(PipelineId id, long expectedVersion, StageId stage, int probability);

    /**
     * {@return the pipeline with its open stages reordered}
     *
     * @param id              the pipeline
     * @param expectedVersion the version read
     * @param openStages      every open stage id, in the new order
     * @throws ValidationException if the list is not exactly the open stages
     */
    Pipeline reorderStages(PipelineId id, long expectedVersion, List<StageId> openStages);

    /**
     * Removes an open stage. Deals still open in it are not dropped silently: without {@code moveOpenDealsTo} the
     * removal is refused; with it, each such deal is moved there (with a history entry and an event) first.
     *
     * @param id              the pipeline
     * @param expectedVersion the version read
     * @param stage           the open stage to remove
     * @param moveOpenDealsTo another open stage of the pipeline for the deals still in {@code stage}
     * @return the pipeline without the stage
     * @throws ValidationException if the stage is closed-won/lost or the last open stage, or if open deals use it
     *                             and no target is given
     */
    Pipeline removeStage(PipelineId id, long expectedVersion, StageId stage, Optional<StageId> moveOpenDealsTo);
}
