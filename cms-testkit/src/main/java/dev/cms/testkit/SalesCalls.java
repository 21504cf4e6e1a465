package dev.cms.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cms.core.PageRequest;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.LifecycleStage;
import dev.cms.core.sales.ConvertedLead;
import dev.cms.core.sales.LeadConversion;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.OpportunityDetails;
import dev.cms.core.sales.OpportunityId;
import dev.cms.core.sales.OpportunityStatus;
import dev.cms.core.sales.Pipeline;
import dev.cms.core.sales.StageId;
import dev.cms.core.sales.WonDeal;
import dev.cms.core.task.Task;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The calls of {@link ServiceModelState} to the pipeline and opportunity services: deals are named by creation
 * position, pipelines by position in the model ({@code pipeline#0} is the default one, {@code pipeline#1} "Renewals"),
 * and stages by a {@link StageRef}.
 */
final class SalesCalls {
    private static final OpportunityId NEVER_ISSUED_DEAL = OpportunityId.of(new UUID(0L, 3L));

    private final ServiceModelState state;

    SalesCalls(ServiceModelState state) {
        this.state = state;
    }

    /**
     * A stage named by its index among the stages of a pipeline (open ones first, then won, then lost), taken modulo
     * the number of stages.
     *
     * @param pipeline the pipeline's position; empty for "the pipeline of the deal at hand"
     * @param index    the stage's index
     */
    record StageRef(Optional<Integer> pipeline, int index) {
        @Override
        public String toString() {
            return "stage " + pipeline.map(p -> "#" + p).orElse("own") + "." + index;
        }
    }

    /** @return how many deals were created */
    int dealCount() {
        return state.model().sales().dealIds().size();
    }

    /** @return the deal's status now, if it exists */
    Optional<OpportunityStatus> dealStatus(int position) {
        return state.model().sales().deal(dealAt(position)).map(Opportunity::status);
    }

    /** @return the positions of the customer's deals */
    List<Integer> dealPositionsOf(int customerPosition) {
        CustomerId customer = state.customerAt(customerPosition);
        List<OpportunityId> ids = state.model().sales().dealIds();
        return java.util.stream.IntStream.range(0, ids.size())
                .filter(i -> state.model().sales().deal(ids.get(i)).orElseThrow().details().customer().equals(customer))
                .boxed().toList();
    }

    /**
     * @return the positions of the people who are leads now (in a funnel stage before "customer"): those a
     *         conversion can link to an organization
     */
    List<Integer> leadPositions() {
        List<CustomerId> ids = state.model().customerIds();
        int customer = LifecycleStage.funnel().indexOf(LifecycleStage.CUSTOMER);
        return java.util.stream.IntStream.range(0, ids.size()).filter(i -> {
            dev.cms.core.customer.Customer c = state.model().customer(ids.get(i)).orElseThrow();
            int stage = LifecycleStage.funnel().indexOf(c.profile().lifecycleStage());
            return c.kind() == dev.cms.core.customer.CustomerKind.PERSON && stage >= 0 && stage < customer;
        }).boxed().toList();
    }

    OpportunityId dealAt(int position) {
        List<OpportunityId> ids = state.model().sales().dealIds();
        return position < ids.size() ? ids.get(position) : NEVER_ISSUED_DEAL;
    }

    private Pipeline pipelineAt(int position) {
        List<Pipeline> pipelines = state.model().sales().pipelines();
        return pipelines.get(position % pipelines.size());
    }

    private StageId stage(StageRef ref, Optional<OpportunityId> deal) {
        Pipeline pipeline = ref.pipeline().map(this::pipelineAt)
                .orElseGet(() -> deal.flatMap(state.model().sales()::deal)
                        .map(d -> state.model().sales().pipelines().stream().filter(p -> p.id().equals(d.pipeline())).findFirst().orElseThrow())
                        .orElseGet(() -> state.model().sales().defaultPipeline()));
        return pipeline.stages().get(ref.index() % pipeline.stages().size()).id();
    }

    // ---------------------------------------------------------------- deals

    /**
     * @param details          the deal for customer#{@code customerPosition} (its customer is replaced)
     * @param customerPosition whose deal
     * @param where            a pipeline and stage, or empty for the default pipeline's first open stage
     */
    void createDeal(Function<CustomerId, OpportunityDetails> details, int customerPosition,
                    Optional<Map.Entry<Integer, StageRef>> where) {
        OpportunityDetails d = details.apply(state.customerAt(customerPosition));
        Pipeline pipeline = where.map(w -> pipelineAt(w.getKey())).orElseGet(() -> state.model().sales().defaultPipeline());
        StageId stage = where.map(w -> stage(w.getValue(), Optional.empty())).orElseGet(() -> pipeline.openStages().get(0).id());
        Optional<ReferenceModel.Failure> failure = state.model().sales().createFailure(d, pipeline.id(), stage);
        Optional<Opportunity> created = where.isPresent()
                ? state.expect("createDeal", failure, () -> state.scope().opportunities().create(d, pipeline.id(), stage))
                : state.expect("createDeal", failure, () -> state.scope().opportunities().create(d));
        created.ifPresent(deal -> {
            state.assertFreshId(deal.id().value());
            assertThat(deal).as("created deal").isEqualTo(state.model().sales().created(deal.id(), d, pipeline.id(), stage));
        });
    }

    void moveDeal(int position, int versionOffset, StageRef target) {
        OpportunityId id = dealAt(position);
        long version = version(id, versionOffset);
        StageId stage = stage(target, Optional.of(id));
        Optional<ReferenceModel.Failure> failure = state.model().sales().moveFailure(id, version, stage);
        state.expect("moveDeal", failure, () -> state.scope().opportunities().moveToStage(id, version, stage))
                .ifPresent(moved -> assertThat(moved).as("moved deal").isEqualTo(state.model().sales().moved(id, stage)));
    }

    void winDeal(int position, int versionOffset) {
        OpportunityId id = dealAt(position);
        long version = version(id, versionOffset);
        Optional<ReferenceModel.Failure> failure = state.model().sales().closeFailure(id, version);
        state.expect("winDeal", failure, () -> state.scope().opportunities().win(id, version))
                .ifPresent(won -> assertThat(won).as("won deal").isEqualTo(state.model().sales().won(id)));
    }

    void winAndRecordPurchase(int position, int versionOffset) {
        OpportunityId id = dealAt(position);
        long version = version(id, versionOffset);
        Optional<ReferenceModel.Failure> failure = state.model().sales().closeFailure(id, version);
        Optional<WonDeal> result = state.expect("winAndRecordPurchase", failure,
                () -> state.scope().opportunities().winAndRecordPurchase(id, version));
        result.ifPresent(wonDeal -> {
            state.assertFreshId(wonDeal.purchase().id().value());
            Map.Entry<Opportunity, dev.cms.core.commerce.Purchase> expected =
                    state.model().sales().wonWithPurchase(id, wonDeal.purchase().id());
            assertThat(wonDeal).as("won deal with its purchase").isEqualTo(new WonDeal(expected.getKey(), expected.getValue()));
        });
    }

    /** @param reason why; a blank one is refused */
    void loseDeal(int position, int versionOffset, String reason) {
        OpportunityId id = dealAt(position);
        long version = version(id, versionOffset);
        Optional<ReferenceModel.Failure> failure = reason.isBlank() ? ReferenceModel.Failure.invalid()
                : state.model().sales().closeFailure(id, version);
        state.expect("loseDeal", failure, () -> state.scope().opportunities().lose(id, version, reason))
                .ifPresent(lost -> assertThat(lost).as("lost deal").isEqualTo(state.model().sales().lost(id, reason)));
    }

    void reopenDeal(int position, int versionOffset, StageRef target) {
        OpportunityId id = dealAt(position);
        long version = version(id, versionOffset);
        StageId stage = stage(target, Optional.of(id));
        Optional<ReferenceModel.Failure> failure = state.model().sales().reopenFailure(id, version, stage);
        state.expect("reopenDeal", failure, () -> state.scope().opportunities().reopen(id, version, stage))
                .ifPresent(reopened -> assertThat(reopened).as("reopened deal").isEqualTo(state.model().sales().reopened(id, stage)));
    }

    private long version(OpportunityId id, int offset) {
        return state.model().sales().deal(id).map(Opportunity::version).orElse(0L) + offset;
    }

    void dealsByCustomer(int customerPosition, int pageSize) {
        state.record("dealsByCustomer");
        CustomerId customer = state.customerAt(customerPosition);
        List<Opportunity> expected = state.model().sales().byCustomer(customer);
        state.noteTies("dealsByCustomer", expected, Opportunity::createdAt);
        state.assertPages("opportunities().byCustomer(customer#" + customerPosition + ")", pageSize,
                request -> state.scope().opportunities().byCustomer(customer, request), expected);
    }

    void inStage(int pipelinePosition, StageRef stageRef, int pageSize) {
        state.record("inStage");
        Pipeline pipeline = pipelineAt(pipelinePosition);
        StageId stage = stage(stageRef, Optional.empty());
        List<Opportunity> expected = state.model().sales().inStage(pipeline.id(), stage);
        state.noteTies("inStage", expected, Opportunity::createdAt);
        state.assertPages("opportunities().inStage(pipeline#" + pipelinePosition + ", " + stageRef + ")", pageSize,
                request -> state.scope().opportunities().inStage(pipeline.id(), stage, request), expected);
    }

    // ---------------------------------------------------------------- lead conversion

    /**
     * Converts customer#{@code leadPosition}. When it must fail, the store must hold nothing new: no organization
     * (the invariant counts customers), and no deal or task for the lead.
     *
     * @param conversion   the conversion, given the lead's id and the existing organization's, if any
     * @param organization the position of an existing organization to link, if any
     */
    void convertLead(int leadPosition, java.util.function.BiFunction<CustomerId, Optional<CustomerId>, LeadConversion> conversion,
                     Optional<Integer> organization) {
        CustomerId lead = state.customerAt(leadPosition);
        LeadConversion c = conversion.apply(lead, organization.map(state::customerAt));
        Optional<ReferenceModel.Failure> failure = state.model().sales().convertFailure(lead, c);
        // Refused only once the organization exists: the lead is a lead and the organization could be created.
        boolean lateRefusal = failure.isPresent() && c.newOrganization().isPresent() && state.model().sales().isLead(lead)
                && state.model().createCustomerFailure(c.newOrganization().get()).isEmpty();
        Optional<ConvertedLead> result = state.expect("convertLead", failure, () -> state.scope().opportunities().convertLead(lead, c));
        if (result.isEmpty()) {
            if (lateRefusal) {
                state.outcome("convertLead refused after creating its organization");
            }
            if (state.model().customer(lead).isPresent()) {
                assertThat(state.scope().opportunities().byCustomer(lead, PageRequest.first(100)).items())
                        .as("deals of customer#%d after a failed conversion", leadPosition)
                        .isEqualTo(state.model().sales().byCustomer(lead));
                assertThat(state.scope().tasks().byCustomer(lead, PageRequest.first(100)).items())
                        .as("tasks of customer#%d after a failed conversion", leadPosition)
                        .isEqualTo(state.model().byCustomer(lead));
            }
            return;
        }
        ConvertedLead converted = result.get();
        assertThat(converted.organization().isPresent()).as("conversion created an organization")
                .isEqualTo(c.newOrganization().isPresent());
        assertThat(converted.opportunity().isPresent()).as("conversion opened a deal").isEqualTo(c.dealName().isPresent());
        assertThat(converted.followUp().isPresent()).as("conversion created a follow-up").isEqualTo(c.followUp().isPresent());
        converted.organization().ifPresent(o -> state.assertFreshId(o.id().value()));
        converted.opportunity().ifPresent(o -> state.assertFreshId(o.id().value()));
        converted.followUp().map(Task::id).ifPresent(t -> state.assertFreshId(t.value()));
        assertThat(converted).as("converted lead").isEqualTo(state.model().sales().converted(lead, c, converted));
        if (c.newOrganization().isPresent() && c.dealName().isPresent() && c.followUp().isPresent()) {
            state.outcome("convertLead with organization, deal and follow-up");
        }
    }

    // ---------------------------------------------------------------- invariant

    /** Every deal reads back as the model holds it; a deal never created is not found. */
    void assertStoreAgreesWithModel() {
        for (OpportunityId id : state.model().sales().dealIds()) {
            assertThat(state.scope().opportunities().find(id)).as("opportunities().find(%s)", id)
                    .isEqualTo(state.model().sales().deal(id));
        }
        assertThat(state.scope().opportunities().find(NEVER_ISSUED_DEAL)).as("deal never created").isEmpty();
    }
}
