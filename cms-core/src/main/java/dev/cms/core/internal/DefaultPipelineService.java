package dev.cms.core.internal;

import dev.cms.core.ConflictException;
import dev.cms.core.NotFoundException;
import dev.cms.core.ValidationException;
import dev.cms.core.access.Action;
import dev.cms.core.access.ResourceType;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.OpportunityStatus;
import dev.cms.core.sales.Pipeline;
import dev.cms.core.sales.PipelineChanged;
import dev.cms.core.sales.PipelineId;
import dev.cms.core.sales.PipelineService;
import dev.cms.core.sales.Stage;
import dev.cms.core.sales.StageDraft;
import dev.cms.core.sales.StageId;
import dev.cms.core.sales.StageKind;
import dev.cms.core.spi.PipelineRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/** {@link PipelineService} over the ports. */
public final class DefaultPipelineService implements PipelineService {
    private static final List<StageDraft> DEFAULT_STAGES = List.of(StageDraft.open("Qualification", 10),
            StageDraft.open("Needs analysis", 20), StageDraft.open("Proposal", 50), StageDraft.open("Negotiation", 80),
            StageDraft.won("Closed won"), StageDraft.lost("Closed lost"));

    private final ServiceContext ctx;
    private final PipelineRepository pipelines;

    /** @param ctx the acting context */
    public DefaultPipelineService(ServiceContext ctx) {
        this.ctx = ctx;
        this.pipelines = ctx.store().pipelines();
    }

    @Override
    public Pipeline defaultPipeline() {
        ctx.check(Action.READ, ResourceType.PIPELINE);
        Optional<Pipeline> existing = pipelines.findDefault();
        if (existing.isPresent()) {
            return existing.get();
        }
        // Creating the out-of-the-box pipeline is set-up, not a user's write: any reader may trigger it.
        return ctx.work().write(() -> pipelines.findDefault().orElseGet(() -> insert(DEFAULT_NAME, DEFAULT_STAGES, true)));
    }

    @Override
    public Pipeline create(String name, List<StageDraft> stages) {
        Objects.requireNonNull(stages, "stages");
        ctx.check(Action.WRITE, ResourceType.PIPELINE);
        return ctx.work().write(() -> insert(name, stages, false));
    }

    private Pipeline insert(String name, List<StageDraft> drafts, boolean isDefault) {
        Instant now = ctx.now();
        Violations v = new Violations();
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            StageDraft d = drafts.get(i);
            Stage stage = v.capture("stages[" + i + "]", () -> new Stage(StageId.of(ctx.newId()), d.name(), d.probability(), d.kind()));
            if (stage != null) {
                stages.add(stage);
            }
        }
        v.throwIfAny();
        Pipeline pipeline = new Pipeline(PipelineId.of(ctx.newId()), name, stages, isDefault, now, now, 0);
        pipelines.insert(pipeline);
        ctx.work().raise(new PipelineChanged(pipeline, ctx.principal().userId(), now));
        return pipeline;
    }

    @Override
    public Pipeline get(PipelineId id) {
        Objects.requireNonNull(id, "id");
        ctx.check(Action.READ, ResourceType.PIPELINE);
        return pipelines.findById(id).orElseThrow(() -> new NotFoundException("pipeline", id.toString()));
    }

    @Override
    public List<Pipeline> list() {
        ctx.check(Action.READ, ResourceType.PIPELINE);
        return pipelines.findAll();
    }

    @Override
    public Pipeline rename(PipelineId id, long expectedVersion, String name) {
        return change(id, expectedVersion, (p, now) -> p.renamed(name, now));
    }

    @Override
    public Pipeline addStage(PipelineId id, long expectedVersion, StageDraft draft, int position) {
        Objects.requireNonNull(draft, "draft");
        return change(id, expectedVersion, (p, now) -> {
            if (draft.kind() != StageKind.OPEN) {
                throw ValidationException.of("stage.kind", draft.kind(), "only open stages can be added; a pipeline has one closed-won and one closed-lost stage");
            }
            List<Stage> open = new ArrayList<>(p.openStages());
            if (position < 0 || position > open.size()) {
                throw ValidationException.of("position", position, "must be between 0 and " + open.size());
            }
            open.add(position, new Stage(StageId.of(ctx.newId()), draft.name(), draft.probability(), StageKind.OPEN));
            return p.withStages(withClosed(open, p), now);
        });
    }

    @Override
    public Pipeline renameStage(PipelineId id, long expectedVersion, StageId stage, String name) {
        return change(id, expectedVersion, (p, now) -> p.withStages(replace(p, stage, s -> s.renamed(name)), now));
    }

    @Override
    public Pipeline setStageProbability(PipelineId id, long expectedVersion, StageId stage, int probability) {
        return change(id, expectedVersion, (p, now) -> {
            if (p.stage(stage).map(Stage::kind).orElse(StageKind.OPEN) != StageKind.OPEN) {
                throw ValidationException.of("stage", stage, "the probability of a closed stage is fixed");
            }
            return p.withStages(replace(p, stage, s -> s.withProbability(probability)), now);
        });
    }

    @Override
    public Pipeline reorderStages(PipelineId id, long expectedVersion, List<StageId> openStages) {
        Objects.requireNonNull(openStages, "openStages");
        return change(id, expectedVersion, (p, now) -> {
            List<Stage> open = p.openStages();
            if (openStages.size() != open.size() || !new HashSet<>(openStages).equals(new HashSet<>(open.stream().map(Stage::id).toList()))) {
                throw ValidationException.of("openStages", openStages, "must list every open stage of the pipeline exactly once");
            }
            List<Stage> ordered = openStages.stream().map(s -> p.stage(s).orElseThrow()).toList();
            return p.withStages(withClosed(ordered, p), now);
        });
    }

    @Override
    public Pipeline removeStage(PipelineId id, long expectedVersion, StageId stage, Optional<StageId> moveOpenDealsTo) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(moveOpenDealsTo, "moveOpenDealsTo");
        return change(id, expectedVersion, (p, now) -> {
            Stage removed = p.stage(stage).orElseThrow(() -> ValidationException.of("stage", stage, "is not a stage of pipeline " + p.name()));
            if (removed.kind() != StageKind.OPEN) {
                throw ValidationException.of("stage", removed.name(), "the closed-won and closed-lost stages cannot be removed");
            }
            if (p.openStages().size() == 1) {
                throw ValidationException.of("stage", removed.name(), "is the last open stage of the pipeline");
            }
            moveOpenDealsTo.ifPresent(target -> {
                if (target.equals(stage) || p.stage(target).map(Stage::kind).orElse(StageKind.LOST) != StageKind.OPEN) {
                    throw ValidationException.of("moveOpenDealsTo", target, "must be another open stage of the pipeline");
                }
            });
            List<Opportunity> open = ctx.store().opportunities().inStage(id, stage, Optional.empty(), Integer.MAX_VALUE).stream()
                    .filter(o -> o.status() == OpportunityStatus.OPEN).toList();
            if (!open.isEmpty() && moveOpenDealsTo.isEmpty()) {
                throw ValidationException.of("stage", removed.name(), open.size()
                        + " open deals are in this stage; name a stage to move them to (moveOpenDealsTo)");
            }
            DefaultOpportunityService deals = new DefaultOpportunityService(ctx);
            for (Opportunity deal : open) {
                deals.moveWithin(deal, moveOpenDealsTo.orElseThrow(), now);
            }
            List<Stage> remaining = new ArrayList<>(p.stages());
            remaining.remove(removed);
            return p.withStages(remaining, now);
        });
    }

    private static List<Stage> withClosed(List<Stage> open, Pipeline p) {
        List<Stage> all = new ArrayList<>(open);
        all.add(p.wonStage());
        all.add(p.lostStage());
        return all;
    }

    private static List<Stage> replace(Pipeline p, StageId id, java.util.function.UnaryOperator<Stage> edit) {
        if (p.stage(id).isEmpty()) {
            throw ValidationException.of("stage", id, "is not a stage of pipeline " + p.name());
        }
        return p.stages().stream().map(s -> s.id().equals(id) ? edit.apply(s) : s).toList();
    }

    private Pipeline change(PipelineId id, long expectedVersion, BiFunction<Pipeline, Instant, Pipeline> edit) {
        Objects.requireNonNull(id, "id");
        ctx.check(Action.WRITE, ResourceType.PIPELINE);
        return ctx.work().write(() -> {
            Pipeline current = pipelines.findById(id).orElseThrow(() -> new NotFoundException("pipeline", id.toString()));
            if (current.version() != expectedVersion) {
                throw ConflictException.staleVersion("pipeline", id, expectedVersion, current.version());
            }
            Instant now = ctx.now();
            Pipeline changed = edit.apply(current, now);
            pipelines.update(changed);
            ctx.work().raise(new PipelineChanged(changed, ctx.principal().userId(), now));
            return changed;
        });
    }
}
