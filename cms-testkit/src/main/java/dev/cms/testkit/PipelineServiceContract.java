package dev.cms.testkit;

import static dev.cms.testkit.ContractAssertions.assertConflict;
import static dev.cms.testkit.ContractAssertions.assertFails;
import static dev.cms.testkit.ContractAssertions.assertViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.cms.core.AccessDeniedException;
import dev.cms.core.CmsScope;
import dev.cms.core.ConflictException.Reason;
import dev.cms.core.NotFoundException;
import dev.cms.core.PageRequest;
import dev.cms.core.ValidationException;
import dev.cms.core.access.AccessPolicy;
import dev.cms.core.access.Principal;
import dev.cms.core.access.UserId;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.money.Money;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.OpportunityDetails;
import dev.cms.core.sales.OpportunityStageChanged;
import dev.cms.core.sales.Pipeline;
import dev.cms.core.sales.PipelineChanged;
import dev.cms.core.sales.PipelineId;
import dev.cms.core.sales.PipelineService;
import dev.cms.core.sales.Stage;
import dev.cms.core.sales.StageChange;
import dev.cms.core.sales.StageDraft;
import dev.cms.core.sales.StageId;
import dev.cms.core.sales.StageKind;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What {@link PipelineService} promises: the default pipeline with its documented stages, the stage rules of a
 * pipeline (reported all at once), adding, renaming, reordering and re-weighting stages under optimistic versions, and
 * removing a stage without silently dropping the open deals in it.
 */
public abstract class PipelineServiceContract extends CmsContractSupport {
    /** The default pipeline's stages, written down from {@link PipelineService#defaultPipeline()}'s Javadoc. */
    private static final List<StageDraft> DOCUMENTED_DEFAULT_STAGES = List.of(
            new StageDraft("Qualification", 10, StageKind.OPEN),
            new StageDraft("Needs analysis", 20, StageKind.OPEN),
            new StageDraft("Proposal", 50, StageKind.OPEN),
            new StageDraft("Negotiation", 80, StageKind.OPEN),
            new StageDraft("Closed won", 100, StageKind.WON),
            new StageDraft("Closed lost", 0, StageKind.LOST));

    private static final List<StageDraft> RENEWAL_STAGES = List.of(StageDraft.open("Contact", 30),
            StageDraft.open("Offer", 60), StageDraft.won("Renewed"), StageDraft.lost("Cancelled"));

    /** For subclasses. */
    protected PipelineServiceContract() {
    }

    private PipelineService pipelines() {
        return alice.pipelines();
    }

    private static List<StageDraft> drafts(Pipeline pipeline) {
        return pipeline.stages().stream().map(s -> new StageDraft(s.name(), s.probability(), s.kind())).toList();
    }

    private static List<String> names(Pipeline pipeline) {
        return pipeline.stages().stream().map(Stage::name).toList();
    }

    private static StageId stage(Pipeline pipeline, String name) {
        return pipeline.stages().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();
    }

    private Pipeline renewals() {
        return pipelines().create("Renewals", RENEWAL_STAGES);
    }

    private Customer customer() {
        return alice.customers().create(alice.customers().person("Ada", "Lovelace").build());
    }

    private Opportunity dealIn(Customer customer, Pipeline pipeline, String stageName) {
        return alice.opportunities().create(OpportunityDetails.of(customer.id(), "deal in " + stageName,
                Money.of("1000.00", "EUR")), pipeline.id(), stage(pipeline, stageName));
    }

    // ---- the default pipeline ------------------------------------------------------------------------------------

    @Test
    void defaultPipeline_isCreatedOnce_withTheDocumentedStages_andReturnedUnchangedAfterwards() {
        assertThat(pipelines().list()).isEmpty();

        Pipeline first = pipelines().defaultPipeline();
        clock.advance(Duration.ofHours(1));
        Pipeline second = pipelines().defaultPipeline();

        assertThat(first.name()).isEqualTo("Sales");
        assertThat(drafts(first)).isEqualTo(DOCUMENTED_DEFAULT_STAGES);
        assertThat(first.defaultPipeline()).isTrue();
        assertThat(first.version()).isZero();
        assertThat(first.createdAt()).isEqualTo(START);
        assertThat(first.stages()).extracting(Stage::id).doesNotHaveDuplicates();
        assertThat(second).isEqualTo(first);
        assertThat(pipelines().list()).containsExactly(first);
        assertThat(pipelines().get(first.id())).isEqualTo(first);
        assertThat(events.eventsOf(PipelineChanged.class)).containsExactly(new PipelineChanged(first, alice.principal().userId(), START));
    }

    @Test
    void defaultPipeline_isTheOneNewDealsGoTo_evenWhenOtherPipelinesExist() {
        renewals();
        Customer ada = customer();

        Opportunity deal = alice.opportunities().create(OpportunityDetails.of(ada.id(), "Deal", Money.of("1.00", "EUR")));

        Pipeline sales = pipelines().defaultPipeline();
        assertThat(deal.pipeline()).isEqualTo(sales.id());
        assertThat(deal.stage()).isEqualTo(stage(sales, "Qualification"));
        assertThat(pipelines().list()).extracting(Pipeline::name).containsExactly("Renewals", "Sales");
    }

    @Test
    void aDealThatIsRefused_leavesNoDefaultPipelineBehind() {
        Customer ada = customer();
        events.clear();
        OpportunityDetails ghost = OpportunityDetails.of(CustomerId.of(TestData.ID_1), "Ghost", Money.of("1.00", "EUR"));
        CmsScope reader = cmsWith(AccessPolicy.readOnly()).as(Principal.of("bob"));

        // Both exceptions promise that nothing was written: the pipeline a deal would have gone to included.
        assertFails(ValidationException.class, () -> alice.opportunities().create(ghost));
        assertFails(AccessDeniedException.class, () -> reader.opportunities().create(
                OpportunityDetails.of(ada.id(), "Not allowed", Money.of("1.00", "EUR"))));

        assertThat(pipelines().list()).isEmpty();
        assertThat(events.events()).isEmpty();
    }

    // ---- create, get, list ---------------------------------------------------------------------------------------

    @Test
    void create_storesTheStagesInOrderWithFreshIds_atVersion0_andPublishesPipelineChanged() {
        Pipeline created = renewals();

        assertThat(created.name()).isEqualTo("Renewals");
        assertThat(drafts(created)).isEqualTo(RENEWAL_STAGES);
        assertThat(created.defaultPipeline()).isFalse();
        assertThat(created.version()).isZero();
        assertThat(created.createdAt()).isEqualTo(START);
        assertThat(created.updatedAt()).isEqualTo(START);
        assertThat(created.stages()).extracting(Stage::id).doesNotHaveDuplicates();
        assertThat(pipelines().get(created.id())).isEqualTo(created);
        assertThat(events.eventsOf(PipelineChanged.class)).containsExactly(new PipelineChanged(created, alice.principal().userId(), START));
    }

    @Test
    void list_isOrderedByName() {
        Pipeline upsell = pipelines().create("Upsell", RENEWAL_STAGES);
        Pipeline renewals = renewals();
        Pipeline sales = pipelines().defaultPipeline();
        Pipeline add = pipelines().create("Add-ons", RENEWAL_STAGES);

        assertThat(pipelines().list()).containsExactly(add, renewals, sales, upsell);
    }

    @Test
    void get_ofAnUnknownPipeline_isNotFound() {
        assertFails(NotFoundException.class, () -> pipelines().get(PipelineId.of(TestData.ID_1)));
    }

    @TestFactory
    Stream<DynamicTest> create_withInvalidStageSets_reportsEveryViolation_andStoresNothing() {
        Map<String, List<StageDraft>> cases = new LinkedHashMap<>();
        Map<String, String[]> paths = new LinkedHashMap<>();
        cases.put("no closed-won stage", List.of(StageDraft.open("Demo", 10), StageDraft.lost("Lost")));
        paths.put("no closed-won stage", new String[] {"stages"});
        cases.put("two closed-lost stages", List.of(StageDraft.open("Demo", 10), StageDraft.won("Won"),
                StageDraft.lost("Lost"), StageDraft.lost("Dropped")));
        paths.put("two closed-lost stages", new String[] {"stages"});
        cases.put("a closed stage before an open one", List.of(StageDraft.won("Won"), StageDraft.open("Demo", 10),
                StageDraft.lost("Lost")));
        paths.put("a closed stage before an open one", new String[] {"stages[1]"});
        cases.put("duplicate names", List.of(StageDraft.open("Demo", 10), StageDraft.open("Demo", 20),
                StageDraft.won("Won"), StageDraft.lost("Lost")));
        paths.put("duplicate names", new String[] {"stages[1].name"});
        cases.put("no open stage", List.of(StageDraft.won("Won"), StageDraft.lost("Lost")));
        paths.put("no open stage", new String[] {"stages"});
        cases.put("no stages at all: no won, no lost, no open stage", List.of());
        paths.put("no stages at all: no won, no lost, no open stage", new String[] {"stages", "stages", "stages"});
        cases.put("won first, open after it, a second lost stage named like the first", List.of(StageDraft.won("Won"),
                StageDraft.open("Demo", 10), StageDraft.lost("Lost"), StageDraft.lost("Lost")));
        paths.put("won first, open after it, a second lost stage named like the first",
                new String[] {"stages", "stages[1]", "stages[3].name"});
        cases.put("bad stages: blank name, probability out of range, won stage below 100, lost stage above 0",
                List.of(StageDraft.open(" ", 10), StageDraft.open("Demo", 101), new StageDraft("Won", 90, StageKind.WON),
                        new StageDraft("Lost", 5, StageKind.LOST)));
        paths.put("bad stages: blank name, probability out of range, won stage below 100, lost stage above 0",
                new String[] {"stages[0].name", "stages[1].probability", "stages[2].probability", "stages[3].probability"});
        return cases.entrySet().stream().map(c -> dynamicTest(c.getKey(), () -> {
            assertViolations(() -> pipelines().create("Broken", c.getValue()), paths.get(c.getKey()));
            assertThat(pipelines().list()).extracting(Pipeline::name).doesNotContain("Broken");
            assertThat(events.eventsOf(PipelineChanged.class)).isEmpty();
        }));
    }

    @Test
    void create_withABlankName_isRejectedAtName() {
        assertViolations(() -> pipelines().create(" ", RENEWAL_STAGES), "name");
        assertThat(pipelines().list()).isEmpty();
    }

    // ---- rename, add, rename stage, reorder, probability ---------------------------------------------------------

    @Test
    void rename_changesTheName_keepsTheStages_andPublishesPipelineChanged() {
        Pipeline v0 = renewals();
        events.clear();
        Instant later = clock.advance(Duration.ofMinutes(5));

        Pipeline v1 = pipelines().rename(v0.id(), 0, "Renewals 2026");

        assertThat(v1.name()).isEqualTo("Renewals 2026");
        assertThat(v1.stages()).isEqualTo(v0.stages());
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.updatedAt()).isEqualTo(later);
        assertThat(v1.createdAt()).isEqualTo(START);
        assertThat(pipelines().get(v0.id())).isEqualTo(v1);
        assertThat(events.events()).containsExactly(new PipelineChanged(v1, alice.principal().userId(), later));
    }

    @Test
    void addStage_insertsAnOpenStageAtItsPositionAmongTheOpenStages_closedStagesStayLast() {
        Pipeline v0 = renewals();

        Pipeline v1 = pipelines().addStage(v0.id(), 0, StageDraft.open("Research", 5), 0);
        Pipeline v2 = pipelines().addStage(v1.id(), 1, StageDraft.open("Call", 40), 2);
        Pipeline v3 = pipelines().addStage(v2.id(), 2, StageDraft.open("Signature", 90), 4);

        assertThat(drafts(v3)).containsExactly(StageDraft.open("Research", 5), StageDraft.open("Contact", 30),
                StageDraft.open("Call", 40), StageDraft.open("Offer", 60), StageDraft.open("Signature", 90),
                StageDraft.won("Renewed"), StageDraft.lost("Cancelled"));
        assertThat(v3.version()).isEqualTo(3);
        assertThat(v3.stage(stage(v0, "Contact"))).isEqualTo(v0.stage(stage(v0, "Contact")));
        assertThat(v3.stages()).extracting(Stage::id).doesNotHaveDuplicates();
        assertThat(pipelines().get(v0.id())).isEqualTo(v3);
        assertThat(events.eventsOf(PipelineChanged.class)).hasSize(4).last().isEqualTo(new PipelineChanged(v3, alice.principal().userId(), START));
    }

    @TestFactory
    Stream<DynamicTest> addStage_rejectsClosedKinds_takenNames_andPositionsOutOfRange() {
        Map<String, Function<PipelineId, ThrowingCallable>> cases = new LinkedHashMap<>();
        cases.put("a closed-won stage", id -> () -> pipelines().addStage(id, 0, StageDraft.won("Won again"), 0));
        cases.put("a closed-lost stage", id -> () -> pipelines().addStage(id, 0, StageDraft.lost("Lost again"), 2));
        cases.put("a taken name", id -> () -> pipelines().addStage(id, 0, StageDraft.open("Offer", 10), 0));
        cases.put("the name of the won stage", id -> () -> pipelines().addStage(id, 0, StageDraft.open("Renewed", 10), 2));
        cases.put("position -1", id -> () -> pipelines().addStage(id, 0, StageDraft.open("New", 10), -1));
        cases.put("position 3, beyond the two open stages", id -> () -> pipelines().addStage(id, 0, StageDraft.open("New", 10), 3));
        cases.put("probability 101", id -> () -> pipelines().addStage(id, 0, StageDraft.open("New", 101), 0));
        return cases.entrySet().stream().map(c -> dynamicTest(c.getKey(), () -> {
            Pipeline v0 = renewals();
            events.clear();

            assertFails(ValidationException.class, c.getValue().apply(v0.id()));

            assertThat(pipelines().get(v0.id())).isEqualTo(v0);
            assertThat(events.events()).isEmpty();
        }));
    }

    @Test
    void renameStage_keepsItsIdAndPlace_andRejectsAnotherStagesName() {
        Pipeline v0 = renewals();
        StageId offer = stage(v0, "Offer");

        Pipeline v1 = pipelines().renameStage(v0.id(), 0, offer, "Quote");

        assertThat(names(v1)).containsExactly("Contact", "Quote", "Renewed", "Cancelled");
        assertThat(stage(v1, "Quote")).isEqualTo(offer);
        assertThat(v1.version()).isEqualTo(1);
        assertFails(ValidationException.class, () -> pipelines().renameStage(v0.id(), 1, offer, "Contact"));
        assertFails(ValidationException.class, () -> pipelines().renameStage(v0.id(), 1, offer, " "));
        assertFails(ValidationException.class, () -> pipelines().renameStage(v0.id(), 1,
                StageId.of(UUID.fromString("00000000-0000-0000-0000-00000000abcd")), "Ghost"));
        assertThat(pipelines().get(v0.id())).isEqualTo(v1);
    }

    @Test
    void renameStage_alsoRenamesClosedStages() {
        Pipeline v0 = renewals();

        Pipeline v1 = pipelines().renameStage(v0.id(), 0, stage(v0, "Renewed"), "Extended");

        assertThat(drafts(v1)).containsExactly(StageDraft.open("Contact", 30), StageDraft.open("Offer", 60),
                StageDraft.won("Extended"), StageDraft.lost("Cancelled"));
    }

    @Test
    void reorderStages_putsTheOpenStagesInTheGivenOrder_closedStagesStayLast() {
        Pipeline v0 = pipelines().defaultPipeline();
        List<StageId> order = List.of(stage(v0, "Negotiation"), stage(v0, "Qualification"), stage(v0, "Proposal"),
                stage(v0, "Needs analysis"));

        Pipeline v1 = pipelines().reorderStages(v0.id(), 0, order);

        assertThat(names(v1)).containsExactly("Negotiation", "Qualification", "Proposal", "Needs analysis", "Closed won",
                "Closed lost");
        assertThat(v1.stages()).containsExactlyInAnyOrderElementsOf(v0.stages());
        assertThat(v1.version()).isEqualTo(1);
        assertThat(pipelines().get(v0.id())).isEqualTo(v1);
    }

    @TestFactory
    Stream<DynamicTest> reorderStages_rejectsAListThatIsNotExactlyTheOpenStages() {
        Map<String, Function<Pipeline, List<StageId>>> cases = new LinkedHashMap<>();
        cases.put("one open stage missing", p -> List.of(stage(p, "Offer")));
        cases.put("an open stage twice", p -> List.of(stage(p, "Offer"), stage(p, "Offer")));
        cases.put("a closed stage included", p -> List.of(stage(p, "Offer"), stage(p, "Contact"), stage(p, "Renewed")));
        cases.put("a closed stage instead of an open one", p -> List.of(stage(p, "Offer"), stage(p, "Renewed")));
        cases.put("an unknown stage", p -> List.of(stage(p, "Offer"), StageId.of(TestData.ID_MAX)));
        cases.put("nothing", p -> List.of());
        return cases.entrySet().stream().map(c -> dynamicTest(c.getKey(), () -> {
            Pipeline v0 = renewals();
            assertFails(ValidationException.class, () -> pipelines().reorderStages(v0.id(), 0, c.getValue().apply(v0)));
            assertThat(pipelines().get(v0.id())).isEqualTo(v0);
        }));
    }

    @Test
    void setStageProbability_changesTheOpenStagesDefault_andDealsWithoutTheirOwnProbabilityFollowAtOnce() {
        Pipeline v0 = pipelines().defaultPipeline();
        Customer ada = customer();
        StageId proposal = stage(v0, "Proposal");
        Opportunity following = dealIn(ada, v0, "Proposal");
        Opportunity overriding = alice.opportunities().create(OpportunityDetails.of(ada.id(), "own probability",
                Money.of("1000.00", "EUR")).withProbability(70), v0.id(), proposal);

        Pipeline v1 = pipelines().setStageProbability(v0.id(), 0, proposal, 35);

        assertThat(v1.stage(proposal).orElseThrow().probability()).isEqualTo(35);
        assertThat(v1.version()).isEqualTo(1);
        // 1000.00 × 35% and 1000.00 × 70%, read through the 360 view.
        assertThat(alice.customers().view(ada.id()).openOpportunities())
                .extracting(l -> l.opportunity().id(), l -> l.probability(), l -> l.weighted())
                .containsExactlyInAnyOrder(
                        tuple(following.id(), 35, Money.of("350.00", "EUR")),
                        tuple(overriding.id(), 70, Money.of("700.00", "EUR")));
    }

    @Test
    void setStageProbability_refusesClosedStages_andProbabilitiesOutsideZeroToHundred() {
        Pipeline v0 = renewals();

        assertFails(ValidationException.class, () -> pipelines().setStageProbability(v0.id(), 0, stage(v0, "Renewed"), 90));
        assertFails(ValidationException.class, () -> pipelines().setStageProbability(v0.id(), 0, stage(v0, "Cancelled"), 10));
        assertFails(ValidationException.class, () -> pipelines().setStageProbability(v0.id(), 0, stage(v0, "Offer"), 101));
        assertFails(ValidationException.class, () -> pipelines().setStageProbability(v0.id(), 0, stage(v0, "Offer"), -1));
        assertThat(pipelines().get(v0.id())).isEqualTo(v0);

        assertThat(pipelines().setStageProbability(v0.id(), 0, stage(v0, "Offer"), 100).stage(stage(v0, "Offer")))
                .hasValueSatisfying(s -> assertThat(s.probability()).isEqualTo(100));
        assertThat(pipelines().setStageProbability(v0.id(), 1, stage(v0, "Offer"), 0).stage(stage(v0, "Offer")))
                .hasValueSatisfying(s -> assertThat(s.probability()).isZero());
    }

    @TestFactory
    Stream<DynamicTest> everyChange_withAStaleVersion_isAConflict_changesNothing_andPublishesNothing() {
        Map<String, Function<Pipeline, ThrowingCallable>> changes = new LinkedHashMap<>();
        changes.put("rename", p -> () -> pipelines().rename(p.id(), 0, "Stale"));
        changes.put("addStage", p -> () -> pipelines().addStage(p.id(), 0, StageDraft.open("Stale", 10), 0));
        changes.put("renameStage", p -> () -> pipelines().renameStage(p.id(), 0, stage(p, "Offer"), "Stale"));
        changes.put("setStageProbability", p -> () -> pipelines().setStageProbability(p.id(), 0, stage(p, "Offer"), 1));
        changes.put("reorderStages", p -> () -> pipelines().reorderStages(p.id(), 0, List.of(stage(p, "Offer"),
                stage(p, "Contact"))));
        changes.put("removeStage", p -> () -> pipelines().removeStage(p.id(), 0, stage(p, "Offer"), Optional.empty()));
        changes.put("rename with a version from the future", p -> () -> pipelines().rename(p.id(), 2, "Stale"));
        return changes.entrySet().stream().map(c -> dynamicTest(c.getKey(), () -> {
            Pipeline v1 = pipelines().rename(renewals().id(), 0, "Renewals 2026");
            events.clear();

            assertConflict(Reason.STALE_VERSION, c.getValue().apply(v1));

            assertThat(pipelines().get(v1.id())).isEqualTo(v1);
            assertThat(events.events()).isEmpty();
        }));
    }

    // ---- remove a stage ------------------------------------------------------------------------------------------

    @Test
    void removeStage_ofAnOpenStageNoDealUses_removesIt_andPublishesPipelineChanged() {
        Pipeline v0 = pipelines().defaultPipeline();
        events.clear();

        Pipeline v1 = pipelines().removeStage(v0.id(), 0, stage(v0, "Needs analysis"), Optional.empty());

        assertThat(names(v1)).containsExactly("Qualification", "Proposal", "Negotiation", "Closed won", "Closed lost");
        assertThat(v1.version()).isEqualTo(1);
        assertThat(pipelines().get(v0.id())).isEqualTo(v1);
        assertThat(events.events()).containsExactly(new PipelineChanged(v1, alice.principal().userId(), START));
    }

    @Test
    void removeStage_thatOpenDealsUse_withoutATarget_isRefused_andChangesNothing() {
        Pipeline v0 = pipelines().defaultPipeline();
        Customer ada = customer();
        Opportunity deal = dealIn(ada, v0, "Proposal");
        events.clear();

        assertFails(ValidationException.class, () -> pipelines().removeStage(v0.id(), 0, stage(v0, "Proposal"), Optional.empty()));

        assertThat(pipelines().get(v0.id())).isEqualTo(v0);
        assertThat(alice.opportunities().get(deal.id())).isEqualTo(deal);
        assertThat(events.events()).isEmpty();
    }

    @Test
    void removeStage_withATarget_movesEachOpenDealThere_withAHistoryEntryAndAnEvent_thenRemovesTheStage() {
        Pipeline v0 = pipelines().defaultPipeline();
        Customer ada = customer();
        StageId proposal = stage(v0, "Proposal");
        StageId needs = stage(v0, "Needs analysis");
        Opportunity first = dealIn(ada, v0, "Proposal");
        Opportunity second = dealIn(ada, v0, "Proposal");
        Opportunity elsewhere = dealIn(ada, v0, "Negotiation");
        CmsScope bob = cms.as(Principal.of("bob"));
        Instant at = clock.advance(Duration.ofHours(2));
        events.clear();

        Pipeline v1 = bob.pipelines().removeStage(v0.id(), 0, proposal, Optional.of(needs));

        UserId bobId = UserId.of("bob");
        assertThat(names(v1)).containsExactly("Qualification", "Needs analysis", "Negotiation", "Closed won", "Closed lost");
        assertThat(pipelines().get(v0.id())).isEqualTo(v1);
        for (Opportunity before : List.of(first, second)) {
            Opportunity after = alice.opportunities().get(before.id());
            assertThat(after.stage()).isEqualTo(needs);
            assertThat(after.version()).isEqualTo(before.version() + 1);
            assertThat(after.history()).hasSize(2).last().isEqualTo(new StageChange(Optional.of(proposal), needs, at, bobId));
            assertThat(events.eventsOf(OpportunityStageChanged.class))
                    .contains(new OpportunityStageChanged(after, proposal, needs, bobId, at));
        }
        assertThat(events.eventsOf(OpportunityStageChanged.class)).hasSize(2);
        assertThat(alice.opportunities().get(elsewhere.id())).isEqualTo(elsewhere);
        assertThat(events.eventsOf(PipelineChanged.class)).containsExactly(new PipelineChanged(v1, bobId, at));
        assertThat(alice.opportunities().inStage(v0.id(), needs, PageRequest.first(10)).items())
                .extracting(Opportunity::id).containsExactlyInAnyOrder(first.id(), second.id());
    }

    @TestFactory
    Stream<DynamicTest> removeStage_withATargetThatIsNotAnotherOpenStageOfThePipeline_isRefused() {
        Map<String, BiFunction<Pipeline, Pipeline, StageId>> targets = new LinkedHashMap<>();
        targets.put("the removed stage itself", (p, other) -> stage(p, "Proposal"));
        targets.put("the closed-won stage", (p, other) -> stage(p, "Closed won"));
        targets.put("the closed-lost stage", (p, other) -> stage(p, "Closed lost"));
        targets.put("an open stage of another pipeline", (p, other) -> stage(other, "Offer"));
        targets.put("an unknown stage", (p, other) -> StageId.of(TestData.ID_MAX));
        return targets.entrySet().stream().map(t -> dynamicTest(t.getKey(), () -> {
            Pipeline v0 = pipelines().defaultPipeline();
            Pipeline other = renewals();
            Opportunity deal = dealIn(customer(), v0, "Proposal");

            assertFails(ValidationException.class, () -> pipelines().removeStage(v0.id(), 0, stage(v0, "Proposal"),
                    Optional.of(t.getValue().apply(v0, other))));

            assertThat(pipelines().get(v0.id())).isEqualTo(v0);
            assertThat(alice.opportunities().get(deal.id())).isEqualTo(deal);
        }));
    }

    @Test
    void removeStage_ofTheClosedWonOrClosedLostStage_isRefused() {
        Pipeline v0 = renewals();

        assertFails(ValidationException.class, () -> pipelines().removeStage(v0.id(), 0, stage(v0, "Renewed"), Optional.empty()));
        assertFails(ValidationException.class, () -> pipelines().removeStage(v0.id(), 0, stage(v0, "Cancelled"),
                Optional.of(stage(v0, "Offer"))));

        assertThat(pipelines().get(v0.id())).isEqualTo(v0);
    }

    @Test
    void removeStage_ofTheLastOpenStage_isRefused() {
        Pipeline v0 = renewals();
        Pipeline v1 = pipelines().removeStage(v0.id(), 0, stage(v0, "Contact"), Optional.empty());

        assertFails(ValidationException.class, () -> pipelines().removeStage(v1.id(), 1, stage(v1, "Offer"), Optional.empty()));

        assertThat(pipelines().get(v0.id())).isEqualTo(v1);
        assertThat(names(v1)).containsExactly("Offer", "Renewed", "Cancelled");
    }
}
