package dev.cms.analytics.kpi;

import dev.cms.core.sales.PipelineId;
import java.util.List;
import java.util.Objects;

/**
 * The funnel of one pipeline over the deals created in the window: one {@link StageStep} per open stage in the
 * pipeline's order, then the closed-won stage. Stages that were removed from the pipeline since a deal passed them do
 * not appear.
 *
 * @param pipeline the pipeline
 * @param name     its name
 * @param deals    deals of the population created in the window in this pipeline
 * @param steps    the open stages in order, then the closed-won stage
 */
public record PipelineFunnel(PipelineId pipeline, String name, long deals, List<StageStep> steps) {
    /**
     * Copies the list.
     *
     * @param pipeline the pipeline
     * @param name     its name
     * @param deals    deals of the population created in the window in this pipeline
     * @param steps    the open stages in order, then the closed-won stage
     */
    public PipelineFunnel {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(name, "name");
        steps = List.copyOf(steps);
    }
}
