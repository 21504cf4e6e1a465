package dev.cms.testkit;

import static dev.cms.testkit.ContractAssertions.assertConflict;
import static dev.cms.testkit.ContractAssertions.assertFails;
import static dev.cms.testkit.TestData.ID_1;
import static dev.cms.testkit.TestData.ID_HIGH_HALF_MAX_SIGNED;
import static dev.cms.testkit.TestData.ID_HIGH_HALF_SIGNED;
import static dev.cms.testkit.TestData.ID_LOW_HALF_SIGNED;
import static dev.cms.testkit.TestData.ID_MAX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cms.core.ConflictException.Reason;
import dev.cms.core.NotFoundException;
import dev.cms.core.sales.Pipeline;
import dev.cms.core.sales.PipelineId;
import dev.cms.core.sales.Stage;
import dev.cms.core.sales.StageId;
import dev.cms.core.sales.StageKind;
import dev.cms.core.spi.PipelineRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a {@link PipelineRepository} must do on its own: store pipelines with their stages exactly, allow at most one
 * default pipeline, enforce the version rule, and list pipelines by name, then id in unsigned order.
 */
public abstract class PipelineRepositoryContract extends RepositoryContractSupport {
    /** For subclasses. */
    protected PipelineRepositoryContract() {
    }

    private PipelineRepository pipelines() {
        return store.pipelines();
    }

    private Pipeline insert(UUID id, String name, boolean isDefault) {
        Pipeline pipeline = TestData.pipeline(id, name, isDefault, START, "Qualify", "Propose");
        write(() -> pipelines().insert(pipeline));
        return pipeline;
    }

    private static List<UUID> ids(List<Pipeline> pipelines) {
        return pipelines.stream().map(p -> p.id().value()).toList();
    }

    // ---- insert, find, update ------------------------------------------------------------------------------------

    @Test
    void insert_thenFindById_returnsAnEqualPipeline_withEveryStageInOrder() {
        Instant created = Instant.parse("2025-11-02T10:15:30.123456Z");
        List<Stage> stages = List.of(
                new Stage(StageId.of(ID_MAX), "Discovery", 5, StageKind.OPEN),
                new Stage(StageId.of(ID_1), "Demo – on site", 35, StageKind.OPEN),
                new Stage(StageId.of(ID_HIGH_HALF_SIGNED), "Contract", 90, StageKind.OPEN),
                new Stage(StageId.of(ID_LOW_HALF_SIGNED), "Signed", 100, StageKind.WON),
                new Stage(StageId.of(ID_HIGH_HALF_MAX_SIGNED), "Dropped", 0, StageKind.LOST));
        Pipeline full = new Pipeline(PipelineId.of(ID_1), "Renewals", stages, false, created, created.plusSeconds(60), 7);
        Pipeline other = TestData.pipeline(ID_MAX, "Sales", true, START, "Qualify");

        write(() -> {
            pipelines().insert(full);
            pipelines().insert(other);
        });

        assertThat(inTx(() -> pipelines().findById(full.id()))).contains(full);
        assertThat(inTx(() -> pipelines().findById(other.id()))).contains(other);
        assertThat(inTx(() -> pipelines().findById(PipelineId.of(ID_HIGH_HALF_SIGNED)))).isEmpty();
    }

    @Test
    void insert_ofAnExistingId_isAConcurrentModificationConflict_andKeepsTheStoredPipeline() {
        Pipeline first = insert(ID_1, "First", false);

        assertConflict(Reason.CONCURRENT_MODIFICATION, () -> insert(ID_1, "Second", false));

        assertThat(inTx(() -> pipelines().findById(first.id()))).contains(first);
        assertThat(inTx(() -> pipelines().findAll())).containsExactly(first);
    }

    @Test
    void insert_ofASecondDefaultPipeline_isADuplicateConflict_whileNonDefaultPipelinesAreWelcome() {
        Pipeline sales = insert(ID_1, "Sales", true);
        Pipeline renewals = insert(ID_MAX, "Renewals", false);

        assertConflict(Reason.DUPLICATE, () -> insert(ID_HIGH_HALF_SIGNED, "Other default", true));

        assertThat(inTx(() -> pipelines().findById(PipelineId.of(ID_HIGH_HALF_SIGNED)))).isEmpty();
        assertThat(inTx(() -> pipelines().findDefault())).contains(sales);
        assertThat(inTx(() -> pipelines().findAll())).containsExactly(renewals, sales);
    }

    @Test
    void findDefault_isEmptyUntilADefaultPipelineIsInserted_andFollowsItsUpdates() {
        insert(ID_MAX, "Renewals", false);
        assertThat(inTx(() -> pipelines().findDefault())).isEmpty();

        Pipeline sales = insert(ID_1, "Sales", true);
        assertThat(inTx(() -> pipelines().findDefault())).contains(sales);

        Pipeline renamed = sales.renamed("New business", START.plusSeconds(1));
        write(() -> pipelines().update(renamed));
        assertThat(inTx(() -> pipelines().findDefault())).contains(renamed);
    }

    @Test
    void aRolledBackDefaultPipeline_leavesNoDefault_soAnotherCanBeInsertedLater() {
        Pipeline rolledBack = TestData.pipeline(ID_1, "Sales", true, START, "Qualify");
        RuntimeException boom = new IllegalStateException("boom");

        Throwable thrown = catchThrowable(() -> write(() -> {
            pipelines().insert(rolledBack);
            throw boom;
        }));

        assertThat(thrown).isSameAs(boom);
        assertThat(inTx(() -> pipelines().findDefault())).isEmpty();
        assertThat(inTx(() -> pipelines().findById(rolledBack.id()))).isEmpty();
        Pipeline sales = insert(ID_MAX, "Sales", true);
        assertThat(inTx(() -> pipelines().findDefault())).contains(sales);
    }

    @Test
    void update_withTheNextVersion_replacesTheStoredPipeline_stagesIncluded() {
        Pipeline v0 = insert(ID_1, "Sales", true);
        List<Stage> reordered = new ArrayList<>(v0.stages());
        reordered.set(0, v0.stages().get(1));
        reordered.set(1, v0.stages().get(0).renamed("Qualify lead").withProbability(15));
        Pipeline v1 = v0.withStages(reordered, START.plusSeconds(1));
        Pipeline v2 = v1.renamed("New business", START.plusSeconds(2));

        write(() -> pipelines().update(v1));
        write(() -> pipelines().update(v2));

        assertThat(inTx(() -> pipelines().findById(v0.id()))).contains(v2);
        assertThat(v2.version()).isEqualTo(2);
    }

    @Test
    void update_whoseVersionIsNotTheStoredOnePlusOne_isStale_andKeepsTheStoredPipeline() {
        Pipeline v0 = insert(ID_1, "Sales", false);
        Pipeline v1 = v0.renamed("Sales 2026", START.plusSeconds(1));
        write(() -> pipelines().update(v1));

        assertConflict(Reason.STALE_VERSION, () -> write(() -> pipelines().update(v0.renamed("Other", START.plusSeconds(2)))));
        assertConflict(Reason.STALE_VERSION, () -> write(() -> pipelines().update(
                v1.renamed("x", START.plusSeconds(2)).renamed("y", START.plusSeconds(3)))));
        assertConflict(Reason.STALE_VERSION, () -> write(() -> pipelines().update(v0)));

        assertThat(inTx(() -> pipelines().findById(v0.id()))).contains(v1);
    }

    @Test
    void update_ofAnUnknownId_isNotFound() {
        Pipeline ghost = TestData.pipeline(ID_MAX, "Ghost", false, START, "Qualify").renamed("Still a ghost", START);

        assertFails(NotFoundException.class, () -> write(() -> pipelines().update(ghost)));

        assertThat(inTx(() -> pipelines().findById(ghost.id()))).isEmpty();
    }

    // ---- findAll -------------------------------------------------------------------------------------------------

    @Test
    void findAll_isOrderedByName_thenByUnsignedId() {
        insert(ID_HIGH_HALF_SIGNED, "Renewals", false);
        insert(ID_1, "Upsell", false);
        insert(ID_MAX, "Alpha", true);
        insert(ID_HIGH_HALF_MAX_SIGNED, "Renewals", false);
        insert(ID_LOW_HALF_SIGNED, "New business", false);

        assertThat(ids(inTx(() -> pipelines().findAll())))
                .containsExactly(ID_MAX, ID_LOW_HALF_SIGNED, ID_HIGH_HALF_MAX_SIGNED, ID_HIGH_HALF_SIGNED, ID_1);
    }

    @Test
    void findAll_isEmptyAtFirst_andFollowsRenames() {
        assertThat(inTx(() -> pipelines().findAll())).isEmpty();
        Pipeline upsell = insert(ID_1, "Upsell", false);
        insert(ID_MAX, "Renewals", false);

        write(() -> pipelines().update(upsell.renamed("Add-ons", START.plusSeconds(1))));

        assertThat(ids(inTx(() -> pipelines().findAll()))).containsExactly(ID_1, ID_MAX);
    }
}
